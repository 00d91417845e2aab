// Delivers the webhook outbox: POSTs JSON to the URL the submit gave (and nowhere else), one
// delivery at a time per task so a task's webhooks arrive in order, retrying failures with
// exponential backoff. Pending deliveries are picked up again after a restart.
import type { WebhookRow, WebhookStore } from "../store/webhook-store";

export interface DispatcherOptions {
  store: WebhookStore;
  now: () => number;
  /** Attempts per webhook, the first included. */
  attempts: number;
  /** Delay before the first retry; doubles after each failure. */
  retryBaseMs: number;
  timeoutMs: number;
  onError: (error: unknown) => void;
}

const MAX_IN_FLIGHT = 16;

export class WebhookDispatcher {
  private readonly busyTasks = new Set<string>();
  private timer: NodeJS.Timeout | null = null;
  private timerAt = Number.POSITIVE_INFINITY;
  private kickQueued = false;
  private closed = false;
  private readonly inFlight = new Set<Promise<void>>();
  private readonly abort = new AbortController();

  constructor(private readonly options: DispatcherOptions) {}

  /** Looks for due deliveries soon (after the current transaction has committed). */
  kick(): void {
    if (this.kickQueued || this.closed) return;
    this.kickQueued = true;
    setImmediate(() => {
      this.kickQueued = false;
      this.run();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.timer) clearTimeout(this.timer);
    this.abort.abort();
    await Promise.allSettled([...this.inFlight]);
  }

  private run(): void {
    if (this.closed) return;
    try {
      const now = this.options.now();
      for (const row of this.options.store.listDue(now, MAX_IN_FLIGHT * 2)) {
        if (this.busyTasks.size >= MAX_IN_FLIGHT) break;
        if (this.busyTasks.has(row.taskId)) continue;
        this.busyTasks.add(row.taskId);
        const delivery = this.deliver(row).finally(() => {
          this.busyTasks.delete(row.taskId);
          this.inFlight.delete(delivery);
          this.kick();
        });
        this.inFlight.add(delivery);
      }
      this.scheduleNext(now);
    } catch (error) {
      this.options.onError(error);
    }
  }

  private scheduleNext(now: number): void {
    const next = this.options.store.nextDueAt();
    if (next === null || next <= now) return;
    if (this.timer && this.timerAt <= next) return;
    if (this.timer) clearTimeout(this.timer);
    this.timerAt = next;
    this.timer = setTimeout(() => {
      this.timer = null;
      this.timerAt = Number.POSITIVE_INFINITY;
      this.run();
    }, next - now);
    this.timer.unref();
  }

  private async post(row: WebhookRow): Promise<void> {
    const response = await fetch(row.url, {
      method: "POST",
      headers: { "content-type": "application/json", "user-agent": "atelier-simulator-webhook/1.0" },
      body: row.body,
      redirect: "manual",
      signal: AbortSignal.any([AbortSignal.timeout(this.options.timeoutMs), this.abort.signal]),
    });
    await response.arrayBuffer().catch(() => undefined);
    if (response.status < 200 || response.status >= 300) throw new Error(`HTTP ${response.status}`);
  }

  private async deliver(row: WebhookRow): Promise<void> {
    const { store, now } = this.options;
    const attempts = row.attempts + 1;
    let error: string | null = null;
    // Duplicate knob: the same body several times; the delivery counts as done if any got through.
    let delivered = false;
    for (let copy = 0; copy < row.copies; copy += 1) {
      try {
        await this.post(row);
        delivered = true;
      } catch (cause) {
        error = cause instanceof Error ? cause.message : String(cause);
      }
    }
    if (this.closed) return;
    if (delivered) {
      store.markDelivered(row.id, now(), attempts);
    } else {
      const giveUp = attempts >= this.options.attempts;
      store.markAttemptFailed(row.id, attempts, giveUp ? null : now() + this.options.retryBaseMs * 2 ** (attempts - 1), error ?? "failed");
      if (!giveUp) return;
    }
    if (row.isFinal) store.releaseHeld(row.taskId, now());
  }
}
