import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { recordJobImage, type NewJobImage } from "./record-job-image";
import { createTestJob, createTestTeam, createTestUser, removeTestDatabase } from "@/lib/data/images/test-fixtures";

// A database of its own: SQLite in a temp folder, or PostgreSQL in the TEST_DATABASE=postgresql run.
await vi.hoisted(async () => {
  await import("@/tests/integration/support/test-env");
});

let jobId: string;

beforeAll(async () => {
  const team = await createTestTeam();
  const user = await createTestUser(team.id);
  jobId = (await createTestJob({ teamId: team.id, userId: user.id })).id;
});
afterAll(removeTestDatabase);

function image(kind: NewJobImage["kind"], index: number, key: string): NewJobImage {
  return {
    jobId,
    kind,
    index,
    storageKey: `jobs/${jobId}/${key}.png`,
    thumbKey: `thumbs/${jobId}/${key}.webp`,
    width: 10,
    height: 10,
    bytes: 100,
    sha256: key.padEnd(64, "0"),
    mime: "image/png",
  };
}

describe("recording a job image", () => {
  it("keeps the first record and hands it to later callers", async () => {
    const first = await recordJobImage(image("GRID", 0, "aaaa"));
    const second = await recordJobImage(image("GRID", 0, "bbbb"));
    expect(second).toEqual(first);
    expect(second.storageKey).toBe(`jobs/${jobId}/aaaa.png`);
    expect(await db.image.count({ where: { jobId, kind: "GRID" } })).toBe(1);
  });

  it("makes one row when many callers race, and all of them agree on it", async () => {
    const results = await Promise.all(["c1", "c2", "c3", "c4", "c5", "c6"].map((key) => recordJobImage(image("TILE", 2, key))));
    expect(new Set(results.map((r) => r.id)).size).toBe(1);
    expect(new Set(results.map((r) => r.storageKey)).size).toBe(1);
    expect(await db.image.count({ where: { jobId, kind: "TILE", index: 2 } })).toBe(1);
  });

  it("keeps slots apart", async () => {
    await recordJobImage(image("TILE", 1, "t1"));
    await recordJobImage(image("TILE", 3, "t3"));
    expect(await db.image.count({ where: { jobId, kind: "TILE" } })).toBe(3);
  });
});
