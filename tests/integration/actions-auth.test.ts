import "./support/test-env";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { signInAs } from "./support/signed-in-as";

import { db } from "@/lib/db";
import { actOnJobAction } from "@/lib/actions/act-on-job-action";
import { blendAction } from "@/lib/actions/blend-action";
import { checkPromptAction } from "@/lib/actions/check-prompt-action";
import { describeAction } from "@/lib/actions/describe-action";
import { faceSwapAction } from "@/lib/actions/face-swap-action";
import { getSeedAction } from "@/lib/actions/get-seed-action";
import { imagineAction } from "@/lib/actions/imagine-action";
import { shortenAction } from "@/lib/actions/shorten-action";
import { storeImageUpload } from "@/lib/uploads/image-upload";
import { POST as varyRegionRoute } from "@/app/api/jobs/[id]/vary-region/route";
import { GET as jobRoute } from "@/app/api/jobs/[id]/route";
import { startHarness, waitForJob, finished, type Harness } from "./support/harness";
import { imagine } from "./support/queue";

let h: Harness;
let sharedJob: string;
let privateJob: string;
let aliceUpload: string;

const as = (user: { id: string } | null) => {
  signInAs(user);
};

beforeAll(async () => {
  h = await startHarness({ webhooks: false });
  sharedJob = await imagine(h.engine, h.alice, "a shared sunrise");
  privateJob = await imagine(h.engine, h.alice, "a private sunset", { visibility: "PRIVATE" });
  await waitForJob(sharedJob, finished);
  await waitForJob(privateJob, finished);
  const png = await sharp({ create: { width: 8, height: 8, channels: 3, background: "#c33" } })
    .png()
    .toBuffer();
  aliceUpload = (await storeImageUpload(h.alice.id, png)).key;
});
afterAll(async () => h?.stop());

describe("[ACTIONS] authentication and authorization", () => {
  it("refuses every action when signed out", async () => {
    as(null);
    const results = await Promise.all([
      imagineAction({ prompt: "a cat" }),
      actOnJobAction({ jobId: sharedJob, action: "upscale:1" }),
      blendAction({ imageKeys: [aliceUpload, aliceUpload] }),
      describeAction({ imageKey: aliceUpload }),
      shortenAction({ prompt: "a cat" }),
      faceSwapAction({ sourceKey: aliceUpload, targetKey: aliceUpload }),
      getSeedAction({ jobId: sharedJob }),
      checkPromptAction({ prompt: "a cat" }),
    ]);
    for (const result of results) expect(result).toEqual({ error: "Please sign in." });
  });

  it("refuses a member of another team on every resource", async () => {
    as(h.mallory);
    const notShared = /does not exist or is not shared with you/;
    expect((await actOnJobAction({ jobId: sharedJob, action: "upscale:1" })).error).toMatch(notShared);
    expect((await getSeedAction({ jobId: sharedJob })).error).toMatch(notShared);
    expect((await blendAction({ imageKeys: [aliceUpload, aliceUpload] })).error).toMatch(/not one of your uploads/);
    expect((await describeAction({ imageKey: aliceUpload })).error).toMatch(/not one of your uploads/);
    expect((await imagineAction({ prompt: "x", imageRefKeys: [aliceUpload] })).error).toMatch(/not one of your uploads/);
    const response = await jobRoute(new Request("http://x/api/jobs/1"), { params: Promise.resolve({ id: sharedJob }) });
    expect(response.status).toBe(404);
    const form = new FormData();
    form.set("mask", new Blob([new Uint8Array(8)], { type: "image/png" }));
    const region = await varyRegionRoute(new Request("http://x", { method: "POST", body: form }), { params: Promise.resolve({ id: sharedJob }) });
    expect(region.status).toBe(404);
    expect(await db.job.count({ where: { userId: h.mallory.id } })).toBe(0);
  });

  it("hides a private job from teammates but not from its creator", async () => {
    as(h.bob);
    expect((await actOnJobAction({ jobId: privateJob, action: "upscale:1" })).error).toMatch(/not shared/);
    expect((await jobRoute(new Request("http://x"), { params: Promise.resolve({ id: privateJob }) })).status).toBe(404);
    expect((await jobRoute(new Request("http://x"), { params: Promise.resolve({ id: sharedJob }) })).status).toBe(200);
    as(h.alice);
    expect((await jobRoute(new Request("http://x"), { params: Promise.resolve({ id: privateJob }) })).status).toBe(200);
  });

  it("validates input with clear messages", async () => {
    as(h.alice);
    expect((await imagineAction({ prompt: "   " })).error).toMatch(/Write a prompt first/);
    expect((await imagineAction({ prompt: "--ar 16:9" })).error).toMatch(/Write a prompt first/);
    expect((await imagineAction({ prompt: "a cat --chaos 500" })).error).toMatch(/--chaos must be a whole number from 0 to 100/);
    expect((await actOnJobAction({ jobId: sharedJob, action: "upscale:9" })).error).toMatch(/does not offer that action/);
    expect((await blendAction({ imageKeys: [aliceUpload] })).error).toMatch(/at least 2 images/);
  });

  it("lets the owner act and returns the new job's id at once", async () => {
    as(h.alice);
    const result = await actOnJobAction({ jobId: sharedJob, action: "upscale:2" });
    expect(result.data?.jobId).toMatch(/^c/);
    const child = await db.job.findUniqueOrThrow({ where: { id: result.data!.jobId } });
    expect(child.parentId).toBe(sharedJob);
    expect(child.connectionId).toBe((await db.job.findUniqueOrThrow({ where: { id: sharedJob } })).connectionId);
  });
});
