// Inserts RUNNING jobs with known webhook tokens straight into SQLite (fast, for benchmarks).
import { createHash, randomBytes, randomUUID } from "node:crypto";
import path from "node:path";
import Database from "better-sqlite3";

export interface SeededJob {
  id: string;
  taskId: string;
  token: string;
}

export function seedRunningJobs(dataDir: string, connectionName: string, adminEmail: string, count: number): SeededJob[] {
  const db = new Database(path.join(dataDir, "atelier.db"));
  const user = db.prepare("SELECT id, activeTeamId FROM User WHERE email = ?").get(adminEmail) as { id: string; activeTeamId: string };
  const connection = db.prepare("SELECT id FROM VendorConnection WHERE name = ?").get(connectionName) as { id: string };
  const now = new Date().toISOString().replace("Z", "+00:00");
  const insert = db.prepare(
    `INSERT INTO Job (id, teamId, userId, connectionId, kind, prompt, params, visibility, aspectRatio, status, progress, vendorTaskId, submitState,
      notifyId, webhookTokenHash, offeredActions, result, fencingToken, pollCount, nextPollAt, createdAt, submittedAt, updatedAt)
     VALUES (?, ?, ?, ?, 'IMAGINE', 'bench', '{}', 'SHARED', '1:1', 'RUNNING', 1, ?, 'ACCEPTED', ?, ?, '[]', '{}', 1, 0, ?, ?, ?, ?)`,
  );
  const far = new Date(Date.now() + 3600_000).toISOString().replace("Z", "+00:00");
  const jobs: SeededJob[] = [];
  db.transaction(() => {
    for (let i = 0; i < count; i++) {
      const job = { id: `bench${randomUUID().replace(/-/g, "")}`, taskId: randomUUID(), token: randomBytes(24).toString("base64url") };
      insert.run(
        job.id,
        user.activeTeamId,
        user.id,
        connection.id,
        job.taskId,
        randomUUID(),
        createHash("sha256").update(job.token).digest("hex"),
        far,
        now,
        now,
        now,
      );
      jobs.push(job);
    }
  })();
  db.close();
  return jobs;
}
