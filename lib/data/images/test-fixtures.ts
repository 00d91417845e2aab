// Test-only helpers for integration tests of images and ingest: a migrated SQLite file under a
// temp DATA_DIR and the few rows a job needs. Test files set DATA_DIR (vi.hoisted) before
// anything imports lib/db.
import "server-only";
import { execFileSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import fs from "node:fs";
import { db } from "@/lib/db";
import type { Visibility } from "@/lib/domain/visibility";
import { dataDir } from "@/lib/runtime-paths";

export function migrateTestDatabase(): void {
  fs.mkdirSync(dataDir(), { recursive: true });
  execFileSync("npx", ["prisma", "migrate", "deploy"], { env: { ...process.env, DATA_DIR: dataDir() }, stdio: "pipe" });
}

export async function removeTestDatabase(): Promise<void> {
  await db.$disconnect();
  fs.rmSync(dataDir(), { recursive: true, force: true });
}

export async function createTestTeam(): Promise<{ id: string }> {
  return db.team.create({ data: { name: `Team ${randomUUID().slice(0, 8)}` }, select: { id: true } });
}

export async function createTestUser(teamId: string): Promise<{ id: string }> {
  return db.user.create({
    data: { email: `${randomUUID()}@example.test`, passwordHash: "not-a-hash", memberships: { create: { teamId } } },
    select: { id: true },
  });
}

export async function createTestJob(input: {
  teamId: string;
  userId: string;
  kind?: string;
  action?: string | null;
  visibility?: Visibility;
}): Promise<{ id: string }> {
  const connection = await db.vendorConnection.create({
    data: { name: `conn-${randomUUID()}`, protocol: "ttapi", baseUrl: "http://127.0.0.1:9", keyCiphertext: "dummy", keyLast4: "0000" },
    select: { id: true },
  });
  return db.job.create({
    data: {
      teamId: input.teamId,
      userId: input.userId,
      connectionId: connection.id,
      kind: input.kind ?? "IMAGINE",
      action: input.action ?? null,
      visibility: input.visibility ?? "SHARED",
      status: "SUCCEEDED",
    },
    select: { id: true },
  });
}
