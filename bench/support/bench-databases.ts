// Which databases a benchmark measures (BENCH_DATABASES=sqlite|postgresql|both, default both), and
// the throw-away PostgreSQL database each PostgreSQL run gets: created empty, migrated as the
// studio's start script migrates it (migratePostgres), dropped at the end.
import pg from "pg";
import type { DatabaseProvider } from "../../lib/database-url";
import { migratePostgres } from "../../lib/trusted/db/migrate-postgres";

export const PROVIDER_LABEL: Record<DatabaseProvider, string> = { sqlite: "SQLite", postgresql: "PostgreSQL" };

/** SQLite first, then PostgreSQL: the order every benchmark runs them in. */
export function benchDatabases(value = process.env.BENCH_DATABASES ?? "both"): DatabaseProvider[] {
  const wanted = value.trim().toLowerCase();
  if (wanted === "both" || wanted === "") return ["sqlite", "postgresql"];
  if (wanted === "sqlite") return ["sqlite"];
  if (wanted === "postgresql" || wanted === "postgres" || wanted === "pg") return ["postgresql"];
  throw new Error(`BENCH_DATABASES must be sqlite, postgresql or both (got "${value}")`);
}

/** The server the PostgreSQL runs use (BENCH_POSTGRES_URL, without a database name). */
export function benchPostgresBase(): string {
  return (process.env.BENCH_POSTGRES_URL || "postgresql://postgres@127.0.0.1:5432").replace(/\/+$/, "");
}

async function onServer(work: (client: pg.Client) => Promise<unknown>): Promise<void> {
  const client = new pg.Client({ connectionString: `${benchPostgresBase()}/postgres` });
  await client.connect();
  try {
    await work(client);
  } finally {
    await client.end();
  }
}

export interface BenchPostgres {
  name: string;
  url: string;
  drop(): Promise<void>;
}

let created = 0;

/** A fresh, migrated database named atelier_bench_<label>_<pid>_<n> (safe to put in SQL: made here only). */
export async function createBenchPostgres(label: string): Promise<BenchPostgres> {
  const name = `atelier_bench_${label.replace(/[^a-z0-9]/gi, "").toLowerCase()}_${process.pid}_${++created}`;
  await onServer((client) => client.query(`CREATE DATABASE "${name}"`));
  const url = `${benchPostgresBase()}/${name}`;
  await migratePostgres(url, { log: () => {} });
  return {
    name,
    url,
    // FORCE: a studio that did not stop in time must not leave the database behind.
    drop: () => onServer((client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)),
  };
}
