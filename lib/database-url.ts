// Which database the studio runs on, from DATABASE_URL alone: PostgreSQL for postgres:// and
// postgresql:// URLs, otherwise the SQLite file (DATABASE_URL=file:PATH, or DATA_DIR/atelier.db
// when unset). Read by the start script, lib/db.ts, the webhook inbox and the test harness.

export type DatabaseProvider = "sqlite" | "postgresql";

const POSTGRES = /^postgres(ql)?:\/\//i;

export function databaseProvider(url: string | undefined = process.env.DATABASE_URL): DatabaseProvider {
  return url && POSTGRES.test(url) ? "postgresql" : "sqlite";
}

/** The PostgreSQL URL, or undefined on SQLite. */
export function postgresUrl(url: string | undefined = process.env.DATABASE_URL): string | undefined {
  return url && POSTGRES.test(url) ? url : undefined;
}

/** The URL with its password replaced, for logs and error messages. */
export function redactDatabaseUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = "***";
    return parsed.toString();
  } catch {
    return url.replace(/\/\/[^@/]*@/, "//***@");
  }
}
