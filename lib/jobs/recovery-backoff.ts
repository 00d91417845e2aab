// Recovery look-ups (a callback naming a task to adopt, a submit whose outcome is unknown) ask
// the vendor again only after a growing pause, and stop after a few attempts: a vendor that
// keeps failing, or a callback naming a task nobody has, must not be asked every maintenance
// pass forever (issue 11 item 17). Kept in memory: after a restart a look-up gets a few more tries.

export class RecoveryBackoff {
  private readonly attempts = new Map<string, { count: number; nextAt: number }>();

  constructor(
    private readonly baseMs = 2_000,
    readonly maxAttempts = 5,
  ) {}

  /** Whether a look-up for this key may run now. */
  due(key: string, now = Date.now()): boolean {
    const state = this.attempts.get(key);
    return !state || now >= state.nextAt;
  }

  /** Records a failed look-up: when to try again, or that it is time to give up. */
  failed(key: string, now = Date.now()): { gaveUp: boolean; attempts: number; retryInMs: number } {
    const count = (this.attempts.get(key)?.count ?? 0) + 1;
    if (count >= this.maxAttempts) {
      this.attempts.delete(key);
      return { gaveUp: true, attempts: count, retryInMs: 0 };
    }
    const retryInMs = this.baseMs * 2 ** (count - 1);
    this.attempts.set(key, { count, nextAt: now + retryInMs });
    return { gaveUp: false, attempts: count, retryInMs };
  }

  succeeded(key: string): void {
    this.attempts.delete(key);
  }
}
