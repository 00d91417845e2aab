// Moves tasks through their lifecycle: starts queued tasks while the key has free slots,
// renders their pictures, settles them when their time is up, and asks for a webhook for
// every state each task passes through. It keeps no progress in memory: after a restart the
// first pump catches up from the stored times (and sends the webhooks that were missed).
import type { TaskStore } from "../store/task-store";
import type { TaskResult, TaskRow } from "../store/task-types";
import { QUEUED_INDEX, failureAt, runningState, stateAt, successAt, type TaskState } from "./task-state";

export interface SchedulerDeps {
  store: TaskStore;
  now: () => number;
  /** Running tasks per API key (TTAPI allows 10). */
  concurrency: number;
  render: (row: TaskRow) => Promise<Omit<TaskResult, "readyAt">>;
  /** Called once per state index a task reaches, in order. */
  notify: (row: TaskRow, state: TaskState) => void;
  onError: (error: unknown) => void;
}

export class TaskScheduler {
  private timer: NodeJS.Timeout | null = null;
  private timerAt = Number.POSITIVE_INFINITY;
  private readonly rendering = new Map<string, Promise<void>>();
  private closed = false;

  constructor(private readonly deps: SchedulerDeps) {}

  /** Brings every task up to date with the clock. Cheap; call it after anything changes. */
  pump(): void {
    if (this.closed) return;
    const { store } = this.deps;
    const now = this.deps.now();
    try {
      store.transaction(() => {
        for (const row of store.listByStatus("running")) this.advance(row, now);
        this.startQueued(now);
        for (const row of store.listByStatus("queued")) this.settleQueued(row, now);
      });
    } catch (error) {
      this.deps.onError(error);
    }
    this.scheduleNext(now);
  }

  close(): void {
    this.closed = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  /** Resolves when no render is in flight (used before the database is closed). */
  async drain(): Promise<void> {
    await Promise.allSettled([...this.rendering.values()]);
  }

  /** Produces the webhook of a state and marks it as notified (also for states set outside the clock, like a cancel). */
  notify(row: TaskRow, state: TaskState): void {
    this.emit(row, state);
  }

  private emit(row: TaskRow, state: TaskState): void {
    this.deps.notify(row, state);
    this.deps.store.setNotified(row.id, state.index);
  }

  private advance(row: TaskRow, now: number): void {
    const state = stateAt(row, now);
    const lastRunning = state.phase === "running" ? state.index : this.lastStepBefore(row);
    for (let index = Math.max(row.notifiedIndex + 1, 0); index <= lastRunning; index += 1) this.emit(row, runningState(row, index));
    if (state.phase === "succeeded" || state.phase === "failed") {
      const at = state.phase === "succeeded" ? (successAt(row) ?? now) : Math.min(now, failureAt(row)?.at ?? now);
      this.deps.store.finish(row.id, state.phase, at, state.phase === "failed" ? (state.failReason ?? "failed") : null);
      const settled = this.deps.store.get(row.id);
      if (settled) this.emit(settled, stateAt(settled, now));
      return;
    }
    if (!row.result && row.failAtStep === null && !this.rendering.has(row.id)) this.render(row);
  }

  /** The last running step a task showed before it settled. */
  private lastStepBefore(row: TaskRow): number {
    const failure = failureAt(row);
    const success = successAt(row);
    if (failure && (success === null || failure.at <= success) && row.startedAt !== null) {
      return Math.min(row.steps, Math.floor((failure.at - row.startedAt) / row.stepMs)) - 1;
    }
    return row.steps - 1;
  }

  private startQueued(now: number): void {
    const { store, concurrency } = this.deps;
    for (const key of store.queuedKeys()) {
      const free = concurrency - store.count("running", key);
      if (free <= 0) continue;
      for (const row of store.oldestQueued(key, free)) {
        store.start(row.id, now);
        this.advance({ ...row, status: "running", startedAt: now }, now);
      }
    }
  }

  private settleQueued(row: TaskRow, now: number): void {
    if (row.timeoutMs !== null && now >= row.submittedAt + row.timeoutMs) {
      this.deps.store.finish(row.id, "failed", now, `task timeout after ${Math.round(row.timeoutMs / 1000)}s in the queue`);
      const settled = this.deps.store.get(row.id);
      if (settled) this.emit(settled, stateAt(settled, now));
    } else if (row.notifiedIndex < QUEUED_INDEX) {
      this.emit(row, stateAt(row, now));
    }
  }

  private render(row: TaskRow): void {
    const work = this.deps
      .render(row)
      .then((result) => {
        if (!this.closed) this.deps.store.saveResult(row.id, { ...result, readyAt: this.deps.now() });
      })
      .catch((error: unknown) => {
        const message = error instanceof Error ? error.message : String(error);
        if (!this.closed) this.deps.store.failAt(row.id, 0, `image generation failed: ${message}`);
      })
      .finally(() => {
        this.rendering.delete(row.id);
        this.pump();
      });
    this.rendering.set(row.id, work);
  }

  /** Wakes at the next step boundary, success or failure moment of any active task. */
  private scheduleNext(now: number): void {
    if (this.closed) return;
    let next = Number.POSITIVE_INFINITY;
    for (const row of this.deps.store.listByStatus("running")) {
      const started = row.startedAt ?? now;
      const step = Math.floor((now - started) / row.stepMs);
      if (step < row.steps) next = Math.min(next, started + (step + 1) * row.stepMs);
      const success = successAt(row);
      if (success !== null) next = Math.min(next, success);
      const failure = failureAt(row);
      if (failure) next = Math.min(next, failure.at);
    }
    for (const row of this.deps.store.listByStatus("queued")) {
      if (row.timeoutMs !== null) next = Math.min(next, row.submittedAt + row.timeoutMs);
    }
    if (!Number.isFinite(next)) return;
    if (this.timer && this.timerAt <= next) return;
    if (this.timer) clearTimeout(this.timer);
    this.timerAt = next;
    // +1 ms: a timer that fires exactly on a boundary must already see the next step.
    this.timer = setTimeout(
      () => {
        this.timer = null;
        this.timerAt = Number.POSITIVE_INFINITY;
        this.pump();
      },
      Math.min(2 ** 31 - 1, Math.max(1, next - now + 1)),
    );
    this.timer.unref();
  }
}
