#!/usr/bin/env node
// One data model, two providers. prisma/schema.prisma (SQLite) is the source; this writes
// prisma/postgresql/schema.prisma from it with only the datasource provider and the generated
// client's folder changed, so the two can never drift apart in a model or a field. Prisma fixes the
// provider at generate time (a client generated for SQLite refuses the PostgreSQL driver adapter),
// hence two generated clients behind one typed API (lib/db.ts). Why: ARCHITECTURE.md "Two databases".
//
// `node scripts/prisma-schemas.mjs` writes it; `--check` exits 1 when the checked-in copy is stale
// (scripts/prisma-schemas.test.ts runs the check in `npm test`).
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const SQLITE_SCHEMA = path.join(root, "prisma", "schema.prisma");
export const POSTGRES_SCHEMA = path.join(root, "prisma", "postgresql", "schema.prisma");
/** Where the PostgreSQL client is generated (beside the default .prisma/client, lib/db.ts loads it). */
export const POSTGRES_CLIENT_DIR = path.join(root, "node_modules", ".prisma", "client-postgresql");

const NEVER_OPENED = "Never opened: the app and the migrations connect with DATABASE_URL (lib/db.ts, lib/trusted/db).";
const HEADER = "// GENERATED from prisma/schema.prisma by scripts/prisma-schemas.mjs: edit that file, then run the script.\n";

export function postgresSchema(source) {
  const generator = /generator client \{[^}]*\}/;
  const datasource = /datasource db \{[^}]*\}/;
  if (!generator.test(source) || !datasource.test(source)) throw new Error("prisma/schema.prisma: generator client or datasource db not found");
  return (
    HEADER +
    source
      .replace(
        generator,
        `generator client {\n  provider   = "prisma-client-js"\n  engineType = "client"\n  output     = "../../node_modules/.prisma/client-postgresql"\n}`,
      )
      .replace(datasource, `datasource db {\n  provider = "postgresql"\n  // ${NEVER_OPENED}\n  url      = "postgresql://unused"\n}`)
  );
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const wanted = postgresSchema(fs.readFileSync(SQLITE_SCHEMA, "utf8"));
  const current = fs.existsSync(POSTGRES_SCHEMA) ? fs.readFileSync(POSTGRES_SCHEMA, "utf8") : "";
  if (process.argv.includes("--check")) {
    if (current !== wanted) {
      console.error("prisma/postgresql/schema.prisma is stale: run `node scripts/prisma-schemas.mjs` and add a PostgreSQL migration.");
      process.exit(1);
    }
  } else if (current !== wanted) {
    fs.mkdirSync(path.dirname(POSTGRES_SCHEMA), { recursive: true });
    fs.writeFileSync(POSTGRES_SCHEMA, wanted);
    console.log("wrote prisma/postgresql/schema.prisma");
  }
}
