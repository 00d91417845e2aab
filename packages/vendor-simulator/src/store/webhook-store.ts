// The webhook outbox. Every status change is written here first and delivered from here, so
// deliveries survive a crash of the process that hosts the simulator.
import type Database from "better-sqlite3";

export type WebhookStatus = "pending" | "delivered" | "failed" | "dropped";

export interface WebhookRow {
  id: number;
  taskId: string;
  url: string;
  body: string;
  label: string;
  isFinal: boolean;
  status: WebhookStatus;
  held: boolean;
  copies: number;
  attempts: number;
  nextAt: number;
  createdAt: number;
  deliveredAt: number | null;
  lastError: string | null;
}

interface DbWebhook {
  id: number;
  task_id: string;
  url: string;
  body: string;
  label: string;
  is_final: number;
  status: string;
  held: number;
  copies: number;
  attempts: number;
  next_at: number;
  created_at: number;
  delivered_at: number | null;
  last_error: string | null;
}

function toRow(db: DbWebhook): WebhookRow {
  return {
    id: db.id,
    taskId: db.task_id,
    url: db.url,
    body: db.body,
    label: db.label,
    isFinal: db.is_final === 1,
    status: db.status as WebhookStatus,
    held: db.held === 1,
    copies: db.copies,
    attempts: db.attempts,
    nextAt: db.next_at,
    createdAt: db.created_at,
    deliveredAt: db.delivered_at,
    lastError: db.last_error,
  };
}

export interface NewWebhook {
  taskId: string;
  url: string;
  body: string;
  label: string;
  isFinal: boolean;
  status: "pending" | "dropped";
  held: boolean;
  copies: number;
  at: number;
}

export class WebhookStore {
  constructor(private readonly db: Database.Database) {}

  add(hook: NewWebhook): void {
    this.db
      .prepare(
        `INSERT INTO webhooks (task_id, url, body, label, is_final, status, held, copies, next_at, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(hook.taskId, hook.url, hook.body, hook.label, hook.isFinal ? 1 : 0, hook.status, hook.held ? 1 : 0, hook.copies, hook.at, hook.at);
  }

  /** Per task, only the oldest pending delivery may go: deliveries of one task stay in order. */
  listDue(now: number, limit: number): WebhookRow[] {
    return (
      this.db
        .prepare(
          `SELECT * FROM webhooks w WHERE status = 'pending' AND held = 0 AND next_at <= ?
             AND id = (SELECT MIN(id) FROM webhooks x WHERE x.task_id = w.task_id AND x.status = 'pending' AND x.held = 0)
           ORDER BY id LIMIT ?`,
        )
        .all(now, limit) as DbWebhook[]
    ).map(toRow);
  }

  nextDueAt(): number | null {
    // Only each task's first pending webhook can go next (a task's webhooks go out in order):
    // later ones are due on paper but wait, and must not hide the head's retry time.
    const row = this.db
      .prepare(
        `SELECT MIN(next_at) AS at FROM webhooks w WHERE status = 'pending' AND held = 0
           AND id = (SELECT MIN(id) FROM webhooks x WHERE x.task_id = w.task_id AND x.status = 'pending' AND x.held = 0)`,
      )
      .get() as { at: number | null };
    return row.at;
  }

  markDelivered(id: number, at: number, attempts: number): void {
    this.db.prepare("UPDATE webhooks SET status = 'delivered', delivered_at = ?, attempts = ? WHERE id = ?").run(at, attempts, id);
  }

  markAttemptFailed(id: number, attempts: number, nextAt: number | null, error: string): void {
    if (nextAt === null) {
      this.db.prepare("UPDATE webhooks SET status = 'failed', attempts = ?, last_error = ? WHERE id = ?").run(attempts, error, id);
    } else {
      this.db.prepare("UPDATE webhooks SET attempts = ?, next_at = ?, last_error = ? WHERE id = ?").run(attempts, nextAt, error, id);
    }
  }

  /** Out-of-order mode: the held (earlier) deliveries go after the final one. */
  releaseHeld(taskId: string, at: number): void {
    this.db.prepare("UPDATE webhooks SET held = 0, next_at = ? WHERE task_id = ? AND held = 1").run(at, taskId);
  }

  list(taskId?: string, limit = 500): WebhookRow[] {
    const rows = taskId
      ? this.db.prepare("SELECT * FROM webhooks WHERE task_id = ? ORDER BY id LIMIT ?").all(taskId, limit)
      : this.db.prepare("SELECT * FROM webhooks ORDER BY id DESC LIMIT ?").all(limit);
    return (rows as DbWebhook[]).map(toRow);
  }
}
