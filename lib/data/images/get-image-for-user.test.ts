import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { getImageForUser } from "./get-image-for-user";
import { createTestJob, createTestTeam, createTestUser, removeTestDatabase } from "./test-fixtures";

// A database of its own: SQLite in a temp folder, or PostgreSQL in the TEST_DATABASE=postgresql run.
await vi.hoisted(async () => {
  await import("@/tests/integration/support/test-env");
});

type Viewer = { id: string; teams: { id: string; name: string; role: string }[] };

let owner: Viewer;
let teammate: Viewer;
let outsider: Viewer;
let privateImageId: string;
let sharedImageId: string;
let deletedJobImageId: string;

async function addImage(jobId: string): Promise<string> {
  const image = await db.image.create({
    data: {
      jobId,
      kind: "GRID",
      index: 0,
      storageKey: `jobs/${jobId}/grid-0-x.png`,
      thumbKey: `thumbs/${jobId}/grid-0-x.webp`,
      width: 2,
      height: 2,
      bytes: 1,
      sha256: "0".repeat(64),
    },
  });
  return image.id;
}

function viewer(id: string, teamId: string): Viewer {
  return { id, teams: [{ id: teamId, name: "t", role: "MEMBER" }] };
}

beforeAll(async () => {
  const team = await createTestTeam();
  const otherTeam = await createTestTeam();
  owner = viewer((await createTestUser(team.id)).id, team.id);
  teammate = viewer((await createTestUser(team.id)).id, team.id);
  outsider = viewer((await createTestUser(otherTeam.id)).id, otherTeam.id);

  const privateJob = await createTestJob({ teamId: team.id, userId: owner.id, visibility: "PRIVATE" });
  const sharedJob = await createTestJob({ teamId: team.id, userId: owner.id, visibility: "SHARED" });
  const deletedJob = await createTestJob({ teamId: team.id, userId: owner.id, visibility: "SHARED" });
  await db.job.update({ where: { id: deletedJob.id }, data: { deletedAt: new Date() } });
  privateImageId = await addImage(privateJob.id);
  sharedImageId = await addImage(sharedJob.id);
  deletedJobImageId = await addImage(deletedJob.id);
});
afterAll(removeTestDatabase);

describe("who may load an image", () => {
  it("lets the owner see the image of a private job", async () => {
    expect((await getImageForUser(owner, privateImageId))?.id).toBe(privateImageId);
  });

  it("lets a teammate see a shared job's image but not a private one", async () => {
    expect((await getImageForUser(teammate, sharedImageId))?.id).toBe(sharedImageId);
    expect(await getImageForUser(teammate, privateImageId)).toBeNull();
  });

  it("shows another team nothing", async () => {
    expect(await getImageForUser(outsider, sharedImageId)).toBeNull();
    expect(await getImageForUser(outsider, privateImageId)).toBeNull();
  });

  it("answers a missing id exactly like a forbidden one", async () => {
    expect(await getImageForUser(owner, "does-not-exist")).toBeNull();
  });

  it("hides images of deleted jobs, even from their owner", async () => {
    expect(await getImageForUser(owner, deletedJobImageId)).toBeNull();
  });

  it("returns what the route needs to serve it", async () => {
    expect(await getImageForUser(owner, sharedImageId)).toMatchObject({
      kind: "GRID",
      index: 0,
      mime: "image/png",
      sha256: "0".repeat(64),
      storageKey: expect.stringMatching(/^jobs\//),
    });
  });
});
