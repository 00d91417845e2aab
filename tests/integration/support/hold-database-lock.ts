// Another connection holding the lock a webhook callback needs, on either database: SQLite's one
// write lock (BEGIN IMMEDIATE), or on PostgreSQL the job's row (SELECT … FOR UPDATE in an open
// transaction), which the callback's count update must wait for.
import Database from "better-sqlite3";
import pg from "pg";
import { postgresUrl } from "@/lib/database-url";
import { databaseFile } from "@/lib/runtime-paths";

export interface HeldLock {
  commit(): Promise<void>;
  rollback(): Promise<void>;
}

export async function holdDatabaseLock(jobId: string): Promise<HeldLock> {
  const url = postgresUrl();
  if (url) {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    await client.query("BEGIN");
    await client.query(`SELECT 1 FROM "Job" WHERE "id" = $1 FOR UPDATE`, [jobId]);
    await client.query(`INSERT INTO "Setting" ("key", "value") VALUES ($1, '1')`, [`holder-${jobId}`]);
    const end = (sql: string) => async () => {
      await client.query(sql);
      await client.end();
    };
    return { commit: end("COMMIT"), rollback: end("ROLLBACK") };
  }
  const holder = new Database(databaseFile());
  holder.exec("BEGIN IMMEDIATE");
  holder.prepare("INSERT INTO Setting (key, value) VALUES (?, ?)").run(`holder-${jobId}`, "1");
  const end = (sql: string) => async () => {
    holder.exec(sql);
    holder.close();
  };
  return { commit: end("COMMIT"), rollback: end("ROLLBACK") };
}
