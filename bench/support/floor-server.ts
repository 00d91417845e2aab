// The floor for webhook intake: a bare node:http server that stores each raw body and answers 200,
// in SQLite with better-sqlite3 (a file of its own) or in PostgreSQL with pg (a table of its own in
// the benchmark's database, over a pool as large as the studio's). What the studio costs on each
// database is measured against the floor on the same database.
import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import type { DatabaseProvider } from "../../lib/database-url";

type Store = { insert(token: string, body: string): Promise<void>; close(): Promise<void> };

function sqliteStore(): Store {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "atelier-floor-"));
  const db = new Database(path.join(dir, "floor.db"));
  db.pragma("journal_mode = WAL");
  db.exec("CREATE TABLE inbox (id INTEGER PRIMARY KEY, token TEXT, body TEXT, receivedAt TEXT)");
  const insert = db.prepare("INSERT INTO inbox (token, body, receivedAt) VALUES (?, ?, ?)");
  return {
    insert: async (token, body) => void insert.run(token, body, new Date().toISOString()),
    close: async () => {
      db.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The studio's pool size (lib/server/postgres-pool.ts). */
const POOL_SIZE = 10;

async function postgresStore(url: string): Promise<Store> {
  const pool = new pg.Pool({ connectionString: url, max: POOL_SIZE });
  await pool.query(`CREATE TABLE IF NOT EXISTS "floor_inbox" ("id" SERIAL PRIMARY KEY, "token" TEXT, "body" TEXT, "receivedAt" TIMESTAMP(3))`);
  return {
    insert: async (token, body) => void (await pool.query(`INSERT INTO "floor_inbox" ("token", "body", "receivedAt") VALUES ($1, $2, now())`, [token, body])),
    close: () => pool.end(),
  };
}

export async function startFloorServer(database: { provider: DatabaseProvider; url?: string } = { provider: "sqlite" }) {
  const store = database.provider === "postgresql" ? await postgresStore(database.url!) : sqliteStore();
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      store.insert(req.url ?? "", Buffer.concat(chunks).toString("utf8")).then(
        () => res.writeHead(200, { "content-type": "application/json" }).end('{"ok":true}'),
        () => res.writeHead(503).end(),
      );
    });
  });
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    close: async () => {
      await new Promise<void>((r) => server.close(() => r()));
      await store.close();
    },
  };
}
