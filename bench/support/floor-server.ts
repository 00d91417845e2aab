// The floor for webhook intake: a bare node:http server that stores each raw body in SQLite
// with better-sqlite3 and answers 200. What the studio costs is measured against this.
import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";

export async function startFloorServer() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "atelier-floor-"));
  const db = new Database(path.join(dir, "floor.db"));
  db.pragma("journal_mode = WAL");
  db.exec("CREATE TABLE inbox (id INTEGER PRIMARY KEY, token TEXT, body TEXT, receivedAt TEXT)");
  const insert = db.prepare("INSERT INTO inbox (token, body, receivedAt) VALUES (?, ?, ?)");
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      insert.run(req.url ?? "", Buffer.concat(chunks).toString("utf8"), new Date().toISOString());
      res.writeHead(200, { "content-type": "application/json" }).end('{"ok":true}');
    });
  });
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise<void>((r) => server.close(() => (db.close(), r()))) };
}
