// Tasks in the simulator's SQLite file. Only lifecycle facts are stored (times, status, the
// rendered result); progress is computed from the times when a task is read.
import type Database from "better-sqlite3";
import type { StoredRequest, TaskParams, TaskResult, TaskRow, SimTaskStatus } from "./task-types";

interface DbTask {
  id: string;
  protocol: string;
  profile: string;
  key_hash: string;
  kind: string;
  action: string;
  parent_id: string | null;
  status: string;
  prompt: string;
  params: string;
  requests: string;
  hook_url: string | null;
  notify_id: string | null;
  mode: string;
  origin: string;
  get_u_images: number;
  submitted_at: number;
  started_at: number | null;
  finished_at: number | null;
  step_ms: number;
  steps: number;
  timeout_ms: number | null;
  notified_index: number;
  result: string | null;
  fail_reason: string | null;
  fail_at_step: number | null;
  seed_revealed: number;
}

/**
 * Every column but the received request bodies, which can hold megabytes of base64: the
 * scheduler lists tasks on every pump and never needs them. Rows read this way have
 * `requests: []`; use get() for the full row.
 */
const LIGHT = `id, protocol, profile, key_hash, kind, action, parent_id, status, prompt, params, '[]' AS requests, hook_url, notify_id,
  mode, origin, get_u_images, submitted_at, started_at, finished_at, step_ms, steps, timeout_ms, notified_index, result,
  fail_reason, fail_at_step, seed_revealed`;

function toRow(db: DbTask): TaskRow {
  return {
    id: db.id,
    protocol: db.protocol as TaskRow["protocol"],
    profile: db.profile as TaskRow["profile"],
    keyHash: db.key_hash,
    kind: db.kind as TaskRow["kind"],
    action: db.action,
    parentId: db.parent_id,
    status: db.status as SimTaskStatus,
    prompt: db.prompt,
    params: JSON.parse(db.params) as TaskParams,
    requests: JSON.parse(db.requests) as StoredRequest[],
    hookUrl: db.hook_url,
    notifyId: db.notify_id,
    mode: db.mode as TaskRow["mode"],
    origin: db.origin,
    getUImages: db.get_u_images === 1,
    submittedAt: db.submitted_at,
    startedAt: db.started_at,
    finishedAt: db.finished_at,
    stepMs: db.step_ms,
    steps: db.steps,
    timeoutMs: db.timeout_ms,
    notifiedIndex: db.notified_index,
    result: db.result ? (JSON.parse(db.result) as TaskResult) : null,
    failReason: db.fail_reason,
    failAtStep: db.fail_at_step,
    seedRevealed: db.seed_revealed === 1,
  };
}

export interface TaskFilter {
  notifyId?: string;
  profile?: string;
  limit?: number;
}

export class TaskStore {
  constructor(private readonly db: Database.Database) {}

  insert(row: TaskRow): void {
    this.db
      .prepare(
        `INSERT INTO tasks (id, protocol, profile, key_hash, kind, action, parent_id, status, prompt, params, requests,
          hook_url, notify_id, mode, origin, get_u_images, submitted_at, started_at, finished_at, step_ms, steps,
          timeout_ms, notified_index, result, fail_reason, fail_at_step, seed_revealed, seq)
         VALUES (@id, @protocol, @profile, @keyHash, @kind, @action, @parentId, @status, @prompt, @params, @requests,
          @hookUrl, @notifyId, @mode, @origin, @getUImages, @submittedAt, @startedAt, @finishedAt, @stepMs, @steps,
          @timeoutMs, @notifiedIndex, @result, @failReason, @failAtStep, @seedRevealed,
          (SELECT COALESCE(MAX(seq), 0) + 1 FROM tasks))`,
      )
      .run({
        ...row,
        params: JSON.stringify(row.params),
        requests: JSON.stringify(row.requests),
        getUImages: row.getUImages ? 1 : 0,
        result: row.result ? JSON.stringify(row.result) : null,
        seedRevealed: row.seedRevealed ? 1 : 0,
      });
  }

  get(id: string): TaskRow | null {
    const db = this.db.prepare("SELECT * FROM tasks WHERE id = ?").get(id) as DbTask | undefined;
    return db ? toRow(db) : null;
  }

  exists(id: string): boolean {
    return this.db.prepare("SELECT 1 FROM tasks WHERE id = ?").get(id) !== undefined;
  }

  /** Light rows (no request bodies). */
  listByStatus(status: SimTaskStatus): TaskRow[] {
    return (this.db.prepare(`SELECT ${LIGHT} FROM tasks WHERE status = ? ORDER BY seq`).all(status) as DbTask[]).map(toRow);
  }

  /** Keys that have tasks waiting for a slot. */
  queuedKeys(): string[] {
    return (this.db.prepare("SELECT DISTINCT key_hash FROM tasks WHERE status = 'queued'").all() as { key_hash: string }[]).map((r) => r.key_hash);
  }

  count(status: SimTaskStatus, keyHash: string): number {
    return (this.db.prepare("SELECT COUNT(*) AS n FROM tasks WHERE status = ? AND key_hash = ?").get(status, keyHash) as { n: number }).n;
  }

  /** The oldest queued tasks of a key, first come first served (light rows). */
  oldestQueued(keyHash: string, limit: number): TaskRow[] {
    return (this.db.prepare(`SELECT ${LIGHT} FROM tasks WHERE status = 'queued' AND key_hash = ? ORDER BY seq LIMIT ?`).all(keyHash, limit) as DbTask[]).map(
      toRow,
    );
  }

  /** How many queued tasks of the same key are ahead of this one. */
  queuePosition(row: TaskRow): number {
    return (
      this.db
        .prepare("SELECT COUNT(*) AS n FROM tasks WHERE status = 'queued' AND key_hash = ? AND seq < (SELECT seq FROM tasks WHERE id = ?)")
        .get(row.keyHash, row.id) as { n: number }
    ).n;
  }

  /** A live (not failed) upscale of the same quadrant, for midjourney-proxy's "task exists" answer. */
  findLiveUpsample(parentId: string, action: string): TaskRow | null {
    const db = this.db.prepare("SELECT * FROM tasks WHERE parent_id = ? AND action = ? AND status != 'failed' ORDER BY seq LIMIT 1").get(parentId, action) as
      DbTask | undefined;
    return db ? toRow(db) : null;
  }

  list(filter: TaskFilter = {}): TaskRow[] {
    const where: string[] = [];
    const args: (string | number)[] = [];
    if (filter.notifyId !== undefined) {
      where.push("notify_id = ?");
      args.push(filter.notifyId);
    }
    if (filter.profile !== undefined) {
      where.push("profile = ?");
      args.push(filter.profile);
    }
    const sql = `SELECT * FROM tasks ${where.length ? `WHERE ${where.join(" AND ")}` : ""} ORDER BY seq DESC LIMIT ?`;
    return (this.db.prepare(sql).all(...args, filter.limit ?? 200) as DbTask[]).map(toRow);
  }

  start(id: string, at: number): void {
    this.db.prepare("UPDATE tasks SET status = 'running', started_at = ? WHERE id = ? AND status = 'queued'").run(at, id);
  }

  finish(id: string, status: "succeeded" | "failed", at: number, failReason: string | null): void {
    this.db
      .prepare("UPDATE tasks SET status = ?, finished_at = ?, fail_reason = ? WHERE id = ? AND status IN ('running', 'queued')")
      .run(status, at, failReason, id);
  }

  /** Ends a task that has not finished (waiting in MODAL, queued or running) as failed, now. */
  failUnfinished(id: string, at: number, failReason: string): boolean {
    const info = this.db
      .prepare(
        "UPDATE tasks SET status = 'failed', finished_at = ?, fail_reason = ?, fail_at_step = NULL WHERE id = ? AND status IN ('modal', 'queued', 'running')",
      )
      .run(at, failReason, id);
    return info.changes === 1;
  }

  saveResult(id: string, result: TaskResult): void {
    this.db.prepare("UPDATE tasks SET result = ? WHERE id = ?").run(JSON.stringify(result), id);
  }

  /** Makes a running task fail when it reaches `step` (a render error uses step 0: at once). */
  failAt(id: string, step: number, reason: string): void {
    this.db.prepare("UPDATE tasks SET fail_at_step = ?, fail_reason = ? WHERE id = ?").run(step, reason, id);
  }

  setNotified(id: string, index: number): void {
    this.db.prepare("UPDATE tasks SET notified_index = ? WHERE id = ?").run(index, id);
  }

  /** A modal task got its input: it joins the queue as if newly submitted. */
  completeModal(id: string, prompt: string, params: TaskParams, requests: StoredRequest[], at: number): boolean {
    const info = this.db
      .prepare(
        "UPDATE tasks SET status = 'queued', prompt = ?, params = ?, requests = ?, submitted_at = ?, seq = (SELECT MAX(seq) + 1 FROM tasks) WHERE id = " +
          "? AND status = 'modal'",
      )
      .run(prompt, JSON.stringify(params), JSON.stringify(requests), at, id);
    return info.changes === 1;
  }

  revealSeed(id: string): void {
    this.db.prepare("UPDATE tasks SET seed_revealed = 1 WHERE id = ?").run(id);
  }

  deleteAll(): void {
    this.db.exec("DELETE FROM tasks; DELETE FROM webhooks; DELETE FROM submits;");
  }

  transaction<T>(work: () => T): T {
    return this.db.transaction(work)();
  }
}
