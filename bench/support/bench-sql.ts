// Raw SQL on a benchmark's database, SQLite (better-sqlite3 on DATA_DIR/atelier.db) or PostgreSQL
// (pg), for seeding rows faster than the studio's own paths would. Queries are written once with `?`
// placeholders and quoted identifiers ("Job", "webhookTokenHash"), which both accept; the values that
// differ between the two go through time() and bool():
// - DateTime: Prisma's SQLite adapter keeps ISO text with "+00:00"; on PostgreSQL it keeps
//   TIMESTAMP(3) without time zone holding UTC, so the UTC wall time is inserted (a literal with an
//   offset would have its offset silently dropped by PostgreSQL, and pg sends Dates in local time).
// - Boolean: SQLite 1/0, PostgreSQL true/false.
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import type { DatabaseProvider } from "../../lib/database-url";

export interface BenchSql {
  provider: DatabaseProvider;
  all<T>(sql: string, params?: unknown[]): Promise<T[]>;
  /** Runs a statement; returns the rows it changed. */
  run(sql: string, params?: unknown[]): Promise<number>;
  /** Inserts rows in batches (multi-row INSERTs on PostgreSQL, one prepared statement on SQLite), in one transaction. */
  insertMany(table: string, columns: string[], rows: unknown[][]): Promise<void>;
  /** Refreshes the planner's statistics (PRAGMA optimize / ANALYZE), as after a bulk load. */
  analyze(): Promise<void>;
  time(date: Date): string;
  bool(value: boolean): boolean | number;
  close(): Promise<void>;
}

/** Where a benchmark's studio keeps its data: the SQLite file in dataDir, or the PostgreSQL URL. */
export interface BenchTarget {
  provider: DatabaseProvider;
  dataDir: string;
  databaseUrl?: string;
}

const quoted = (names: string[]) => names.map((n) => `"${n}"`).join(", ");

function openSqlite(file: string): BenchSql {
  const db = new Database(file);
  return {
    provider: "sqlite",
    all: async <T>(sql: string, params: unknown[] = []) => db.prepare(sql).all(...params) as T[],
    run: async (sql, params = []) => db.prepare(sql).run(...params).changes,
    async insertMany(table, columns, rows) {
      const insert = db.prepare(`INSERT INTO "${table}" (${quoted(columns)}) VALUES (${columns.map(() => "?").join(", ")})`);
      db.transaction(() => rows.forEach((row) => insert.run(...row)))();
    },
    async analyze() {
      db.pragma("optimize");
    },
    time: (date) => date.toISOString().replace("Z", "+00:00"),
    bool: (value) => (value ? 1 : 0),
    close: async () => void db.close(),
  };
}

/** `?` → `$1, $2, …` (the benchmarks' SQL has no `?` inside literals). */
function numbered(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}

/** PostgreSQL takes at most 65,535 parameters in one statement. */
const MAX_PARAMETERS = 60_000;

async function openPostgres(url: string): Promise<BenchSql> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  return {
    provider: "postgresql",
    all: async <T>(sql: string, params: unknown[] = []) => (await client.query(numbered(sql), params)).rows as T[],
    run: async (sql, params = []) => (await client.query(numbered(sql), params)).rowCount ?? 0,
    async insertMany(table, columns, rows) {
      const perStatement = Math.max(1, Math.min(1000, Math.floor(MAX_PARAMETERS / columns.length)));
      await client.query("BEGIN");
      try {
        for (let start = 0; start < rows.length; start += perStatement) {
          const batch = rows.slice(start, start + perStatement);
          let n = 0;
          const values = batch.map((row) => `(${row.map(() => `$${++n}`).join(", ")})`).join(", ");
          await client.query(`INSERT INTO "${table}" (${quoted(columns)}) VALUES ${values}`, batch.flat());
        }
        await client.query("COMMIT");
      } catch (error) {
        await client.query("ROLLBACK").catch(() => {});
        throw error;
      }
    },
    async analyze() {
      await client.query("ANALYZE");
    },
    time: (date) => date.toISOString().replace("Z", ""),
    bool: (value) => value,
    close: () => client.end(),
  };
}

export async function openBenchSql(target: BenchTarget): Promise<BenchSql> {
  if (target.provider === "postgresql") {
    if (!target.databaseUrl) throw new Error("a PostgreSQL bench target needs its databaseUrl");
    return openPostgres(target.databaseUrl);
  }
  return openSqlite(path.join(target.dataDir, "atelier.db"));
}
