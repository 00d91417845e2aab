// Integration tests on PostgreSQL (TEST_DATABASE=postgresql): one migrated template database per
// test run, made once by Vitest's global setup, and one fresh copy of it per test file
// (CREATE DATABASE … TEMPLATE, a file copy on the server: milliseconds, where migrating each would
// take a second). Every database of the run is dropped at the end.
import pg from "pg";

/** Where the test PostgreSQL answers (the test command starts one when none does: scripts/ensure-postgres.mjs). */
export function testPostgresBase(): string {
  return (process.env.TEST_POSTGRES_URL || "postgresql://postgres@127.0.0.1:5432").replace(/\/+$/, "");
}

async function onServer<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: `${testPostgresBase()}/postgres` });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Names are made here only, from the run's id and counters: safe to put in SQL. */
export function runDatabasePrefix(runId: string): string {
  return `atelier_t${runId}`;
}

export async function createDatabase(name: string, template?: string): Promise<string> {
  await onServer((client) => client.query(`CREATE DATABASE "${name}"${template ? ` TEMPLATE "${template}"` : ""}`));
  return `${testPostgresBase()}/${name}`;
}

/** Drops every database whose name starts with the prefix (the run's template and copies). */
export async function dropDatabases(prefix: string): Promise<void> {
  await onServer(async (client) => {
    const { rows } = await client.query<{ datname: string }>("SELECT datname FROM pg_database WHERE starts_with(datname, $1)", [prefix]);
    for (const { datname } of rows) await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
  });
}
