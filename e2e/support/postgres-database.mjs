#!/usr/bin/env node
// The end-to-end run's own PostgreSQL database (E2E_DATABASE=postgresql): `create URL` makes it
// fresh (dropping a leftover of the same name) before the studio starts; `drop URL` removes it
// after the run (e2e/global-teardown.ts).
import pg from "pg";

const [command, url] = process.argv.slice(2);
const target = new URL(url);
const name = decodeURIComponent(target.pathname.slice(1));
if (!/^[a-z0-9_]+$/.test(name)) throw new Error(`unexpected database name ${JSON.stringify(name)}`);
target.pathname = "/postgres";
const client = new pg.Client({ connectionString: target.toString() });
await client.connect();
try {
  await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  if (command === "create") await client.query(`CREATE DATABASE "${name}"`);
} finally {
  await client.end();
}
