// Applies prisma/postgresql/migrations to a PostgreSQL database. Prisma's own `migrate deploy` cannot
// do it here: on the JS engine with @prisma/adapter-pg 6.19 it stops at its first catalogue query
// ("Column type 'name' could not be deserialized"), and the native engine would be downloaded.
//
// Several studio processes may start at once: a session-level advisory lock makes the first one
// migrate while the others wait for it, then find nothing left to do. Each migration runs in its
// own transaction with its row in _atelier_migrations, so a crash mid-way leaves it unapplied and
// the next start runs it again from the beginning.
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";

/** Any constant shared by every process of the studio: "atelier" in ASCII. */
const MIGRATION_LOCK = 0x6174656c;

export interface MigrateOptions {
  /** Folder of <name>/migration.sql, applied in name order. */
  dir?: string;
  log?: (message: string) => void;
}

function checksum(sql: string): string {
  return createHash("sha256").update(sql).digest("hex");
}

function migrationsIn(dir: string): { name: string; sql: string }[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && fs.existsSync(path.join(dir, entry.name, "migration.sql")))
    .map((entry) => entry.name)
    .sort()
    .map((name) => ({ name, sql: fs.readFileSync(path.join(dir, name, "migration.sql"), "utf8") }));
}

/** Applies what is missing; returns the names it applied. */
export async function migratePostgres(connectionString: string, options: MigrateOptions = {}): Promise<string[]> {
  const dir = options.dir ?? path.join(process.cwd(), "prisma", "postgresql", "migrations");
  const log = options.log ?? ((message: string) => console.log(`[atelier] ${message}`));
  const client = new pg.Client({ connectionString });
  await client.connect();
  const applied: string[] = [];
  try {
    const { rows } = await client.query<{ locked: boolean }>("SELECT pg_try_advisory_lock($1) AS locked", [MIGRATION_LOCK]);
    if (!rows[0].locked) {
      log("another studio process is migrating the database: waiting for it");
      await client.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK]);
    }
    await client.query(`CREATE TABLE IF NOT EXISTS "_atelier_migrations" (
      "name" TEXT PRIMARY KEY, "checksum" TEXT NOT NULL, "appliedAt" TIMESTAMPTZ NOT NULL DEFAULT now())`);
    const done = new Map(
      (await client.query<{ name: string; checksum: string }>(`SELECT "name", "checksum" FROM "_atelier_migrations"`)).rows.map((r) => [r.name, r.checksum]),
    );
    for (const migration of migrationsIn(dir)) {
      const sum = checksum(migration.sql);
      const known = done.get(migration.name);
      if (known !== undefined) {
        if (known !== sum) log(`migration ${migration.name} changed after it was applied: the database keeps the applied version`);
        continue;
      }
      await client.query("BEGIN");
      try {
        await client.query(migration.sql);
        await client.query(`INSERT INTO "_atelier_migrations" ("name", "checksum") VALUES ($1, $2)`, [migration.name, sum]);
        await client.query("COMMIT");
      } catch (error) {
        await client.query("ROLLBACK");
        throw new Error(`PostgreSQL migration ${migration.name} failed: ${(error as Error).message}`);
      }
      applied.push(migration.name);
    }
    log(applied.length ? `applied ${applied.length} PostgreSQL migration(s): ${applied.join(", ")}` : "PostgreSQL database is up to date");
  } finally {
    await client.query("SELECT pg_advisory_unlock_all()").catch(() => {});
    await client.end();
  }
  return applied;
}
