import "server-only";
import fs from "node:fs";
import path from "node:path";
import { databaseProvider } from "@/lib/database-url";
import { db } from "@/lib/db";
import { checkImageStorage } from "@/lib/storage/check-image-storage";

export interface Health {
  ok: boolean;
  database: "reachable" | "unreachable";
  schema: "current" | "behind" | "unknown";
  pendingMigrations: string[];
  /** Local files are always "reachable"; a bucket is when HeadBucket succeeds. */
  storage: "reachable" | "unreachable";
}

/** The database, its schema and the image storage, checked side by side. */
export async function checkHealth(): Promise<Health> {
  const [database, storage] = await Promise.all([checkDatabase(), checkStorage()]);
  return { ...database, ok: database.ok && storage === "reachable", storage };
}

async function checkStorage(): Promise<Health["storage"]> {
  const check = await checkImageStorage();
  // The details (bucket, endpoint) go to the log, not to this unauthenticated answer.
  if (!check.ok) console.error(`[atelier] health: ${check.message}`);
  return check.ok ? "reachable" : "unreachable";
}

/** Database reachability and whether every migration shipped with this build is applied. */
async function checkDatabase(): Promise<Omit<Health, "storage">> {
  try {
    await db.$queryRawUnsafe("SELECT 1");
  } catch {
    return { ok: false, database: "unreachable", schema: "unknown", pendingMigrations: [] };
  }
  const postgres = databaseProvider() === "postgresql";
  // Each database has its own migrations and its own record of them (lib/trusted/db/migrate-postgres.ts on PostgreSQL).
  const dir = postgres ? path.join(process.cwd(), "prisma", "postgresql", "migrations") : path.join(process.cwd(), "prisma", "migrations");
  let shipped: string[] = [];
  try {
    shipped = fs
      .readdirSync(dir, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name);
  } catch {
    return { ok: true, database: "reachable", schema: "unknown", pendingMigrations: [] };
  }
  const rows = await db.$queryRawUnsafe<{ migration_name: string }[]>(
    postgres
      ? `SELECT "name" AS migration_name FROM "_atelier_migrations"`
      : "SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL",
  );
  const applied = new Set(rows.map((r) => r.migration_name));
  const pending = shipped.filter((name) => !applied.has(name)).sort();
  return { ok: pending.length === 0, database: "reachable", schema: pending.length ? "behind" : "current", pendingMigrations: pending };
}
