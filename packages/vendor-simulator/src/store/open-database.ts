// The simulator's own SQLite file: it is a separate vendor and never shares the studio's database.
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";

const SCHEMA = `
CREATE TABLE IF NOT EXISTS tasks (
  id TEXT PRIMARY KEY,
  protocol TEXT NOT NULL,
  profile TEXT NOT NULL,
  key_hash TEXT NOT NULL,
  kind TEXT NOT NULL,
  action TEXT NOT NULL,
  parent_id TEXT,
  status TEXT NOT NULL,
  prompt TEXT NOT NULL,
  params TEXT NOT NULL,
  requests TEXT NOT NULL,
  hook_url TEXT,
  notify_id TEXT,
  mode TEXT NOT NULL,
  origin TEXT NOT NULL,
  get_u_images INTEGER NOT NULL,
  submitted_at INTEGER NOT NULL,
  started_at INTEGER,
  finished_at INTEGER,
  step_ms INTEGER NOT NULL,
  steps INTEGER NOT NULL,
  timeout_ms INTEGER,
  notified_index INTEGER NOT NULL,
  result TEXT,
  fail_reason TEXT,
  fail_at_step INTEGER,
  seed_revealed INTEGER NOT NULL DEFAULT 0,
  seq INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS tasks_status ON tasks (status, key_hash, seq);
CREATE INDEX IF NOT EXISTS tasks_notify ON tasks (notify_id);
CREATE INDEX IF NOT EXISTS tasks_parent ON tasks (parent_id);
CREATE TABLE IF NOT EXISTS webhooks (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  task_id TEXT NOT NULL,
  url TEXT NOT NULL,
  body TEXT NOT NULL,
  label TEXT NOT NULL,
  is_final INTEGER NOT NULL,
  status TEXT NOT NULL,
  held INTEGER NOT NULL,
  copies INTEGER NOT NULL,
  attempts INTEGER NOT NULL DEFAULT 0,
  next_at INTEGER NOT NULL,
  created_at INTEGER NOT NULL,
  delivered_at INTEGER,
  last_error TEXT
);
CREATE INDEX IF NOT EXISTS webhooks_pending ON webhooks (status, task_id, id);
CREATE TABLE IF NOT EXISTS submits (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  at INTEGER NOT NULL,
  profile TEXT NOT NULL,
  endpoint TEXT NOT NULL,
  notify_id TEXT,
  http_status INTEGER NOT NULL,
  vendor_code TEXT,
  task_id TEXT
);
CREATE INDEX IF NOT EXISTS submits_notify ON submits (notify_id);
`;

/** Opens (creating when needed) `${dir}/simulator/sim.db` in WAL mode. */
export function openSimulatorDatabase(dir: string): Database.Database {
  const folder = path.join(dir, "simulator");
  fs.mkdirSync(folder, { recursive: true });
  const db = new Database(path.join(folder, "sim.db"));
  db.pragma("journal_mode = WAL");
  // The simulator tolerates losing the last transaction on power loss; it must not slow the studio.
  db.pragma("synchronous = NORMAL");
  db.pragma("busy_timeout = 5000");
  db.exec(SCHEMA);
  return db;
}
