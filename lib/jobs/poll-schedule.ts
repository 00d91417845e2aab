// When the engine next asks a vendor about a job. Polls back off slowly while a job runs; with
// webhooks on, polling is only the safety net and starts later and slower. Pure: the clock is
// passed in, so the backoff is tested without waiting.

const MAX_POLL_INTERVAL_MS = 20_000;

export class PollSchedule {
  constructor(
    private readonly pollIntervalMs: number,
    private readonly webhooksEnabled: boolean,
  ) {}

  /** The first poll after a submit the vendor accepted. */
  firstPollAt(now = Date.now()): Date {
    return new Date(now + (this.webhooksEnabled ? this.pollIntervalMs * 3 : this.pollIntervalMs));
  }

  /** The pause before the next poll of a job polled `pollCount` times so far. */
  delay(pollCount: number): number {
    const base = this.webhooksEnabled ? this.pollIntervalMs * 5 : this.pollIntervalMs;
    return Math.min(MAX_POLL_INTERVAL_MS, Math.round(base * Math.pow(1.15, Math.min(pollCount, 30))));
  }

  nextPollAt(pollCount: number, now = Date.now()): Date {
    return new Date(now + this.delay(pollCount));
  }

  /** Right after the engine answered a vendor's dialog: look again soon, whatever the backoff. */
  soonAt(now = Date.now()): Date {
    return new Date(now + this.pollIntervalMs);
  }
}
