import "./support/test-env";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { signInAs } from "./support/signed-in-as";

import { db } from "@/lib/db";
import { actOnJobAction } from "@/lib/actions/act-on-job-action";
import { getSeedAction } from "@/lib/actions/get-seed-action";
import { imagineAction } from "@/lib/actions/imagine-action";
import { restoreJobAction } from "@/lib/actions/restore-job-action";
import { setFavoriteAction } from "@/lib/actions/set-favorite-action";
import { trashJobAction } from "@/lib/actions/trash-job-action";
import { POST as varyRegionRoute } from "@/app/api/jobs/[id]/vary-region/route";
import { createUser } from "@/lib/trusted/users/create-user";
import { queueFollowUp } from "@/lib/data/jobs/queue-follow-up";
import { queueImagine } from "@/lib/data/jobs/queue-imagine";
import { removeTeamMember } from "@/lib/data/teams/remove-team-member";
import { actOnJobSchema, imagineSchema } from "@/lib/schemas/jobs";
import { startHarness, waitForJob, type Harness } from "./support/harness";
import { act, imagine } from "./support/queue";

let h: Harness;
let gridId: string;
let upscaleId: string;
let restrictedId: string;
let mask: Buffer;

const jobsBy = (userId: string) => db.job.count({ where: { userId } });

beforeAll(async () => {
  h = await startHarness({ webhooks: false });
  // A connection only Alice's team may use: its bill is that team's.
  restrictedId = (
    await db.vendorConnection.create({
      data: {
        name: `Team only ${h.alice.teamId}`,
        protocol: "ttapi",
        baseUrl: (await db.vendorConnection.findUniqueOrThrow({ where: { id: h.ttapiId } })).baseUrl,
        keyCiphertext: (await db.vendorConnection.findUniqueOrThrow({ where: { id: h.ttapiId } })).keyCiphertext,
        keyLast4: "0001",
        rateLimitPerMin: 100000,
        teams: { create: { teamId: h.alice.teamId } },
      },
    })
  ).id;
  gridId = await imagine(h.engine, h.alice, "a quiet library", { connectionId: restrictedId });
  await waitForJob(gridId, (j) => j.status === "SUCCEEDED");
  upscaleId = await act(h.engine, h.alice, gridId, "upscale:1");
  await waitForJob(upscaleId, (j) => j.status === "SUCCEEDED");
  const image = await db.image.findFirstOrThrow({ where: { jobId: upscaleId } });
  const data = Buffer.alloc(image.width * image.height);
  data.fill(255, 0, image.width * 4);
  mask = await sharp(data, { raw: { width: image.width, height: image.height, channels: 1 } })
    .png()
    .toBuffer();

  // Alice also belongs to another team (everyone keeps one), then an admin takes her out of the first.
  const otherTeam = await db.team.create({ data: { name: `Elsewhere ${h.alice.teamId}` } });
  await db.membership.create({ data: { userId: h.alice.id, teamId: otherTeam.id } });
  const admin = await createUser({ email: `admin-${h.alice.id}@int.test`, password: "integration-password", role: "ADMIN", teamName: otherTeam.name });
  await removeTeamMember({ id: admin.id, email: "admin@int.test", role: "ADMIN" }, { teamId: h.alice.teamId, userId: h.alice.id });
  signInAs(h.alice);
}, 60_000);
afterAll(async () => h?.stop());

describe("[H11.4] someone taken out of a team can no longer spend or act in it", () => {
  it("follow-ups on their own old jobs are refused and nothing is queued", async () => {
    const before = await jobsBy(h.alice.id);
    expect((await actOnJobAction({ jobId: gridId, action: "upscale:2" })).error).toMatch(/not a member of the team|not shared with you/);
    expect((await actOnJobAction({ jobId: gridId, action: "reroll" })).error).toBeDefined();
    expect(await jobsBy(h.alice.id)).toBe(before);
  });

  it("Vary (Region) on their old upscale is refused", async () => {
    const form = new FormData();
    form.set("mask", new Blob([new Uint8Array(mask)], { type: "image/png" }));
    const response = await varyRegionRoute(new Request("http://x", { method: "POST", body: form }), { params: Promise.resolve({ id: upscaleId }) });
    expect([403, 404]).toContain(response.status);
    expect(await db.job.count({ where: { parentId: upscaleId } })).toBe(0);
  });

  it("favourite, trash, restore and seed look-up are refused too", async () => {
    for (const result of [
      await setFavoriteAction({ jobId: gridId, favorite: true }),
      await trashJobAction({ jobId: gridId }),
      await restoreJobAction({ jobId: gridId }),
      await getSeedAction({ jobId: gridId }),
    ]) {
      expect(result.error).toBeDefined();
    }
    expect(await db.favorite.count({ where: { jobId: gridId } })).toBe(0);
    expect((await db.job.findUniqueOrThrow({ where: { id: gridId } })).deletedAt).toBeNull();
  });

  it("the team's restricted connection takes no new job from them", async () => {
    const before = await jobsBy(h.alice.id);
    expect((await imagineAction({ prompt: "a new idea", connectionId: restrictedId })).error).toMatch(/not available to your team/);
    expect(await jobsBy(h.alice.id)).toBe(before);
  });

  it("the data layer checks membership in the database, not in a user object read before the removal", async () => {
    // h.alice was read when she was still in the team; a stale copy must not be enough.
    expect(h.alice.teams.map((t) => t.id)).toContain(h.alice.teamId);
    await expect(queueFollowUp(h.alice, actOnJobSchema.parse({ jobId: gridId, action: "upscale:3" }))).rejects.toMatchObject({
      code: expect.stringMatching(/FORBIDDEN|NOT_FOUND/),
    });
    await expect(queueImagine(h.alice, imagineSchema.parse({ prompt: "stale", connectionId: restrictedId }))).rejects.toMatchObject({
      code: expect.stringMatching(/FORBIDDEN|NOT_FOUND/),
    });
    await expect(queueImagine(h.alice, imagineSchema.parse({ prompt: "stale default" }))).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("teammates who stayed keep working on the same job", async () => {
    signInAs(h.bob);
    const result = await actOnJobAction({ jobId: gridId, action: "upscale:2" });
    expect(result.error).toBeUndefined();
    const child = await db.job.findUniqueOrThrow({ where: { id: result.data!.jobId } });
    expect(child).toMatchObject({ teamId: h.alice.teamId, connectionId: restrictedId, userId: h.bob.id });
    signInAs(h.alice);
  });
});
