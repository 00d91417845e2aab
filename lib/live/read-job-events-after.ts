// The JobEvent rows after an id, read with a plain pg pool (the bridge replays them after its
// LISTEN connection was lost). Quoted identifiers: Prisma creates the table as "JobEvent" with
// camel-case columns, and unquoted names fold to lower case in PostgreSQL.
import type pg from "pg";
import type { JobEventRow } from "@/lib/data/events/job-event-row";

const COLUMNS = `"id", "jobId", "teamId", "userId", "private"`;

export async function readJobEventsAfter(pool: pg.Pool, afterId: number, limit: number): Promise<JobEventRow[]> {
  const result = await pool.query<JobEventRow>(`SELECT ${COLUMNS} FROM "JobEvent" WHERE "id" > $1 ORDER BY "id" LIMIT $2`, [afterId, limit]);
  return result.rows;
}

export async function readJobEvent(pool: pg.Pool, id: number): Promise<JobEventRow | null> {
  const result = await pool.query<JobEventRow>(`SELECT ${COLUMNS} FROM "JobEvent" WHERE "id" = $1`, [id]);
  return result.rows[0] ?? null;
}

/** The newest id, where a bridge starts: events before it are history browsers catch up on themselves. */
export async function latestJobEventIdIn(pool: pg.Pool): Promise<number> {
  const result = await pool.query<{ max: number | null }>(`SELECT max("id") AS "max" FROM "JobEvent"`);
  return result.rows[0]?.max ?? 0;
}
