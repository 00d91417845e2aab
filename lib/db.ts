// The one Prisma client. Only this file and lib/data/** may import Prisma (ESLint enforces it).
import { PrismaClient } from "@prisma/client";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { databaseFile, ensurePrivateFile } from "./runtime-paths";
import { services } from "./server/services";

function createClient(): PrismaClient {
  // Created 0600 before SQLite opens it (SQLite gives the -wal and -shm files the same mode).
  ensurePrivateFile(databaseFile());
  // timeout is SQLite's busy timeout: writers wait for each other instead of failing.
  const adapter = new PrismaBetterSQLite3({ url: `file:${databaseFile()}`, timeout: 15000 });
  return new PrismaClient({ adapter });
}

// One client per process (in the services container), also across Next.js bundles and dev reloads.
export const db: PrismaClient = (services().db ??= createClient());

export type { Prisma } from "@prisma/client";
