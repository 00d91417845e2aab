// A fresh PostgreSQL database for one test file, on the machine's own server (loopback only),
// dropped afterwards. PG_ADMIN_URL may point elsewhere on loopback; the name carries the prefix
// this work's test databases use, the process id and a random part, so parallel files never meet.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { testPostgresBase } from "./postgres-test-databases";

// The server's own maintenance database: a cluster the test command started has no "test" database.
const ADMIN_URL = process.env.PG_ADMIN_URL ?? `${testPostgresBase()}/postgres`;

export interface ScratchDatabase {
  name: string;
  url: string;
  drop(): Promise<void>;
}

async function asAdmin(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: ADMIN_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export async function createScratchDatabase(label: string): Promise<ScratchDatabase> {
  const name = `atelier_coord_${label}_${process.pid}_${randomBytes(4).toString("hex")}`;
  if (!/^[a-z0-9_]+$/.test(name)) throw new Error(`bad database name ${name}`);
  await asAdmin(`CREATE DATABASE "${name}"`);
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  // WITH (FORCE): a connection a failed test left open must not keep the database alive.
  return { name, url: url.toString(), drop: () => asAdmin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`) };
}

/** JobEvent as the Prisma schema creates it on PostgreSQL (model JobEvent in prisma/schema.prisma). */
export const JOB_EVENT_DDL = `CREATE TABLE "JobEvent" (
  "id" SERIAL PRIMARY KEY, "teamId" TEXT NOT NULL, "jobId" TEXT NOT NULL, "userId" TEXT NOT NULL,
  "private" BOOLEAN NOT NULL DEFAULT false, "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP)`;
