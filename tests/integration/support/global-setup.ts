// Vitest global setup: on PostgreSQL runs (TEST_DATABASE=postgresql), the run's migrated template
// database. Environment variables set here reach every test worker (they are started afterwards).
import { migratePostgres } from "@/lib/trusted/db/migrate-postgres";
import { createDatabase, dropDatabases, runDatabasePrefix } from "./postgres-test-databases";

export default async function setup(): Promise<() => Promise<void>> {
  if (process.env.TEST_DATABASE !== "postgresql") return async () => {};
  const prefix = runDatabasePrefix(`${process.pid}_${Date.now().toString(36)}`);
  const template = `${prefix}_template`;
  await migratePostgres(await createDatabase(template), { log: () => {} });
  process.env.TEST_POSTGRES_TEMPLATE = template;
  return () => dropDatabases(prefix);
}
