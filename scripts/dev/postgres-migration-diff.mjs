#!/usr/bin/env node
// Writing a PostgreSQL migration (Prisma's `migrate dev` cannot run offline on the JS engine, and
// `migrate diff --from-schema-datasource` is refused with a driver adapter): prints the SQL that
// takes prisma/postgresql/schema.prisma as it was at a git revision (default HEAD, i.e. the last
// commit) to the working copy's. Review it, then save it as
// prisma/postgresql/migrations/<timestamp>_<name>/migration.sql.
//   node scripts/dev/postgres-migration-diff.mjs [--from REV | --from-empty] [--db postgresql://postgres@127.0.0.1:5432/test]
import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const schema = "prisma/postgresql/schema.prisma";
// The schema engine wants a database to talk to even for a model-to-model diff; it changes nothing in it.
const url = option("--db", "postgresql://postgres@127.0.0.1:5432/test");
const config = path.join(root, `.prisma-diff-${process.pid}.config.ts`);
const old = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "atelier-diff-")), "schema.prisma");
try {
  const from = args.includes("--from-empty") ? ["--from-empty"] : ["--from-schema-datamodel", old];
  if (!args.includes("--from-empty")) fs.writeFileSync(old, execFileSync("git", ["show", `${option("--from", "HEAD")}:${schema}`], { cwd: root }));
  fs.writeFileSync(
    config,
    `import { defineConfig } from "prisma/config";
import { PrismaPg } from "@prisma/adapter-pg";
export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: ${JSON.stringify(schema)},
  async adapter() { return new PrismaPg({ connectionString: ${JSON.stringify(url)} }); },
});
`,
  );
  const result = spawnSync(
    path.join(root, "node_modules", ".bin", "prisma"),
    ["migrate", "diff", "--config", config, ...from, "--to-schema-datamodel", schema, "--script"],
    { cwd: root, encoding: "utf8" },
  );
  process.stdout.write(result.stdout);
  if (result.status !== 0) process.stderr.write(result.stderr);
  process.exitCode = result.status ?? 1;
} finally {
  fs.rmSync(config, { force: true });
  fs.rmSync(path.dirname(old), { recursive: true, force: true });
}
