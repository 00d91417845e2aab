// Inserts RUNNING jobs with known webhook tokens straight into the database (fast, for benchmarks),
// SQLite or PostgreSQL.
import { createHash, randomBytes, randomUUID } from "node:crypto";
import type { BenchSql } from "./bench-sql";

export interface SeededJob {
  id: string;
  taskId: string;
  token: string;
}

const COLUMNS = [
  ...["id", "teamId", "userId", "connectionId", "kind", "prompt", "params", "visibility", "aspectRatio", "status", "progress", "vendorTaskId"],
  ...["submitState", "notifyId", "webhookTokenHash", "offeredActions", "result", "fencingToken", "pollCount", "nextPollAt", "createdAt"],
  ...["submittedAt", "updatedAt"],
];

export async function seedRunningJobs(sql: BenchSql, connectionName: string, adminEmail: string, count: number): Promise<SeededJob[]> {
  const [user] = await sql.all<{ id: string; activeTeamId: string }>(`SELECT "id", "activeTeamId" FROM "User" WHERE "email" = ?`, [adminEmail]);
  const [connection] = await sql.all<{ id: string }>(`SELECT "id" FROM "VendorConnection" WHERE "name" = ?`, [connectionName]);
  if (!user || !connection) throw new Error(`seedRunningJobs: no user ${adminEmail} or no connection ${connectionName}`);
  const now = sql.time(new Date());
  const far = sql.time(new Date(Date.now() + 3600_000));
  const jobs: SeededJob[] = [];
  const rows: unknown[][] = [];
  for (let i = 0; i < count; i++) {
    const job = { id: `bench${randomUUID().replace(/-/g, "")}`, taskId: randomUUID(), token: randomBytes(24).toString("base64url") };
    const tokenHash = createHash("sha256").update(job.token).digest("hex");
    rows.push([
      ...[job.id, user.activeTeamId, user.id, connection.id, "IMAGINE", "bench", "{}", "SHARED", "1:1", "RUNNING", 1, job.taskId],
      ...["ACCEPTED", randomUUID(), tokenHash, "[]", "{}", 1, 0, far, now, now, now],
    ]);
    jobs.push(job);
  }
  await sql.insertMany("Job", COLUMNS, rows);
  return jobs;
}
