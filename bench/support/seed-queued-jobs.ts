// Inserts QUEUED imagine jobs straight into SQLite, as the composer's action would create them,
// for the job engine of a running studio to pick up. Returns their ids.
import { randomUUID } from "node:crypto";
import path from "node:path";
import Database from "better-sqlite3";

const prismaTime = (date: Date) => date.toISOString().replace("Z", "+00:00");

export function seedQueuedJobs(dataDir: string, owner: { email: string }, connectionName: string, count: number, prompt: string): string[] {
  const db = new Database(path.join(dataDir, "atelier.db"));
  try {
    const user = db.prepare("SELECT id, activeTeamId FROM User WHERE email = ?").get(owner.email) as { id: string; activeTeamId: string };
    const connection = db.prepare("SELECT id FROM VendorConnection WHERE name = ?").get(connectionName) as { id: string };
    const insert = db.prepare(
      `INSERT INTO Job (id, teamId, userId, connectionId, kind, prompt, params, visibility, aspectRatio, status, progress, submitState, notifyId,
        offeredActions, result, fencingToken, pollCount, createdAt, updatedAt)
       VALUES (?, ?, ?, ?, 'IMAGINE', ?, '{}', 'SHARED', '1:1', 'QUEUED', 0, 'NONE', ?, '[]', '{}', 0, 0, ?, ?)`,
    );
    const ids: string[] = [];
    db.transaction(() => {
      for (let i = 0; i < count; i++) {
        const id = `bench${randomUUID().replace(/-/g, "")}`;
        const now = prismaTime(new Date());
        insert.run(id, user.activeTeamId, user.id, connection.id, `${prompt} ${i}`, randomUUID(), now, now);
        ids.push(id);
      }
    })();
    return ids;
  } finally {
    db.close();
  }
}

/** Seconds from creation to the end for each finished job; `pending` counts those still running. */
export function completionTimes(dataDir: string, ids: string[]): { seconds: number[]; pending: number; failed: number } {
  const db = new Database(path.join(dataDir, "atelier.db"), { readonly: true });
  try {
    const rows = db.prepare(`SELECT status, createdAt, finishedAt FROM Job WHERE id IN (${ids.map(() => "?").join(",")})`).all(...ids) as {
      status: string;
      createdAt: string;
      finishedAt: string | null;
    }[];
    const done = rows.filter((r) => r.finishedAt);
    return {
      seconds: done.filter((r) => r.status === "SUCCEEDED").map((r) => (Date.parse(r.finishedAt!) - Date.parse(r.createdAt)) / 1000),
      pending: rows.length - done.length,
      failed: done.filter((r) => r.status !== "SUCCEEDED").length,
    };
  } finally {
    db.close();
  }
}
