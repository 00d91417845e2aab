// The one Prisma client. Only this file and lib/data/** may import Prisma (ESLint enforces it).
//
// SQLite (the default) or PostgreSQL, chosen by DATABASE_URL (lib/database-url.ts). Prisma fixes
// the provider when a client is generated, so there are two generated clients of one data model
// (scripts/prisma-schemas.mjs writes the PostgreSQL schema from prisma/schema.prisma): the SQLite
// one is @prisma/client, the PostgreSQL one node_modules/.prisma/client-postgresql. Both have the
// same models, fields and queries, so the app types every query against one of them.
import { PrismaClient } from "@prisma/client";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { postgresUrl } from "./database-url";
import { databaseFile, ensurePrivateFile } from "./runtime-paths";
import { postgresPool } from "./server/postgres-pool";
import { services } from "./server/services";

function createSqliteClient(): PrismaClient {
  // Created 0600 before SQLite opens it (SQLite gives the -wal and -shm files the same mode).
  ensurePrivateFile(databaseFile());
  // timeout is SQLite's busy timeout: writers wait for each other instead of failing.
  const adapter = new PrismaBetterSQLite3({ url: `file:${databaseFile()}`, timeout: 15000 });
  return new PrismaClient({ adapter });
}

/** The generated PostgreSQL client's constructor, loaded at run time only where it is used. */
type ClientConstructor = new (options: { adapter: unknown }) => PrismaClient;

function createPostgresClient(url: string): PrismaClient {
  // Loaded with a require the bundler does not follow: the generated client (and its WebAssembly
  // query compiler) must come from node_modules as generated, like @prisma/client, and SQLite
  // studios never load it at all.
  const load = process.getBuiltinModule("node:module").createRequire(`${process.cwd()}/package.json`);
  const { PrismaPg } = load("@prisma/adapter-pg") as typeof import("@prisma/adapter-pg");
  const generated = load(".prisma/client-postgresql") as { PrismaClient: ClientConstructor };
  return new generated.PrismaClient({ adapter: new PrismaPg(postgresPool(url)) });
}

function createClient(): PrismaClient {
  const url = postgresUrl();
  return url ? createPostgresClient(url) : createSqliteClient();
}

// One client per process (in the services container), also across Next.js bundles and dev reloads.
export const db: PrismaClient = (services().db ??= createClient());

export type { Prisma } from "@prisma/client";
