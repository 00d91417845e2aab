import "server-only";
import Database from "better-sqlite3";
import { databaseFile } from "@/lib/runtime-paths.mjs";

// Webhook intake has its own plain SQLite connection: one prepared statement per callback,
// never queued behind the job engine's queries on the Prisma connection. A burst of vendor
// callbacks is acknowledged as fast as SQLite can append them.
const globalForInbox = globalThis as unknown as { atelierInbox?: { file: string; db: Database.Database } };

export function webhookInboxConnection(): Database.Database {
  const file = databaseFile();
  if (globalForInbox.atelierInbox?.file !== file) {
    const db = new Database(file, { timeout: 15000 });
    db.pragma("journal_mode = WAL");
    db.pragma("synchronous = NORMAL");
    globalForInbox.atelierInbox = { file, db };
  }
  return globalForInbox.atelierInbox.db;
}
