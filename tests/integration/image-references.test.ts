// Issue 14's check: a style-reference slot filled from the gallery ends up as `--sref <studio-served
// URL>` at the vendor. The whole submit path against the simulator over HTTP: the schema and data
// function the imagine action uses, the engine's submit, the vendor's received prompt; then the
// link itself, fetched through the studio's public route, gives the image's bytes.
import "./support/test-env";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { signInAs } from "./support/signed-in-as";

import { imagineAction } from "@/lib/actions/imagine-action";
import { db } from "@/lib/db";
import { getJobDetail } from "@/lib/data/jobs/get-job-detail";
import { queueImagine } from "@/lib/data/jobs/queue-imagine";
import { imagineSchema, type ImagineInput } from "@/lib/schemas/jobs";
import { getImageStorage } from "@/lib/storage/get-image-storage";
import type { SessionUser } from "@/lib/data/users/get-session-user";
import { GET as publicImage } from "@/app/api/public/images/[id]/route";
import { startHarness, waitForJob, type Harness } from "./support/harness";
import { imagine } from "./support/queue";

let h: Harness;
let sharedImage: { id: string; storageKey: string };
let privateImage: { id: string };

async function gridTile(jobId: string) {
  const job = await waitForJob(jobId, (j) => j.status === "SUCCEEDED" || j.status === "FAILED");
  expect(job.status).toBe("SUCCEEDED");
  return db.image.findFirstOrThrow({ where: { jobId, kind: "TILE" }, orderBy: { index: "asc" } });
}

beforeAll(async () => {
  h = await startHarness({ webhooks: false });
  sharedImage = await gridTile(await imagine(h.engine, h.alice, "a lighthouse in ink", { connectionId: h.ttapiId }));
  privateImage = await gridTile(await imagine(h.engine, h.alice, "a private sketch", { connectionId: h.ttapiId, visibility: "PRIVATE" }));
}, 60_000);
afterAll(async () => h?.stop());

async function queue(user: SessionUser, input: ImagineInput) {
  const job = await queueImagine(user, imagineSchema.parse(input));
  await h.engine.onJobQueued(job.id);
  return job.id;
}

/** The prompt the simulator received for a job. */
async function vendorPrompt(jobId: string): Promise<string> {
  const { notifyId } = await db.job.findUniqueOrThrow({ where: { id: jobId } });
  const { tasks } = (await h.control(undefined, `/tasks?notifyId=${encodeURIComponent(notifyId)}`)) as { tasks: { prompt: string }[] };
  expect(tasks).toHaveLength(1);
  return tasks[0].prompt;
}

async function fetchThroughStudio(link: string): Promise<Response> {
  const url = new URL(link);
  const id = decodeURIComponent(url.pathname.replace("/api/public/images/", ""));
  return publicImage(new Request(url), { params: Promise.resolve({ id }) });
}

describe("[#14] a style reference from the gallery reaches the vendor as the studio's signed link", () => {
  it.each([
    ["TTAPI", () => h.ttapiId],
    ["midjourney-proxy", () => h.mjproxyId],
  ])(
    "through %s: --sref <signed studio URL> at the vendor, the link serves the image, the stored prompt keeps no link",
    async (_, connection) => {
      // Bob uses Alice's shared image: same team, so the viewing rule lets him.
      const jobId = await queue(h.bob, {
        prompt: "a cat on a roof --sw 250",
        references: [{ slot: "sref", imageId: sharedImage.id }],
        connectionId: connection(),
      });
      const job = await waitForJob(jobId, (j) => j.status === "SUCCEEDED" || j.status === "FAILED");
      expect(job.status).toBe("SUCCEEDED");

      const prompt = await vendorPrompt(jobId);
      const match = /^a cat on a roof --sw 250 --sref (\S+)/.exec(prompt);
      expect(match, prompt).not.toBeNull();
      const link = new URL(match![1]);
      expect(link.origin).toBe(`http://127.0.0.1:${process.env.PORT ?? "3000"}`);
      expect(link.pathname).toBe(`/api/public/images/${sharedImage.id}`);
      expect(link.searchParams.get("sig")).toMatch(/^[A-Za-z0-9_-]{43}$/);

      const response = await fetchThroughStudio(link.href);
      expect(response.status).toBe(200);
      const stored = await getImageStorage().read(sharedImage.storageKey);
      expect(Buffer.from(await response.arrayBuffer()).equals(stored!)).toBe(true);
      // The same link with another image's id opens nothing.
      const borrowed = new URL(link);
      borrowed.pathname = `/api/public/images/${privateImage.id}`;
      expect((await fetchThroughStudio(borrowed.href)).status).toBe(403);

      const saved = await db.job.findUniqueOrThrow({ where: { id: jobId } });
      expect(saved.prompt).toBe("a cat on a roof --sw 250");
      expect(JSON.parse(saved.params)).toMatchObject({ references: [{ slot: "sref", imageId: sharedImage.id }] });
      expect(saved.params).not.toContain("sig=");
    },
    60_000,
  );

  it("refuses, with a clear error, an image the person may not see: another team's, a teammate's private one, one that does not exist", async () => {
    const refusal = /not in the gallery \(or is not one you can see\)/;
    await expect(queue(h.mallory, { prompt: "a cat", references: [{ slot: "sref", imageId: sharedImage.id }] })).rejects.toThrow(refusal);
    await expect(queue(h.bob, { prompt: "a cat", references: [{ slot: "sref", imageId: privateImage.id }] })).rejects.toThrow(refusal);
    await expect(queue(h.bob, { prompt: "a cat", references: [{ slot: "sref", imageId: "no-such-image" }] })).rejects.toThrow(refusal);
    await expect(queue(h.bob, { prompt: "a cat --v 7", references: [{ slot: "oref", uploadKey: `uploads/${h.alice.id}/a.png` }] })).rejects.toThrow(
      /not one of your uploads/,
    );
    // Her own private image is hers to use.
    const own = await queue(h.alice, { prompt: "a cat --v 7", references: [{ slot: "oref", imageId: privateImage.id }], connectionId: h.ttapiId });
    expect((await waitForJob(own, (j) => j.status === "SUCCEEDED" || j.status === "FAILED")).status).toBe("SUCCEEDED");
    expect(await vendorPrompt(own)).toMatch(new RegExp(`^a cat --v 7 --oref http://127\\.0\\.0\\.1:\\d+/api/public/images/${privateImage.id}\\?exp=\\d+&sig=`));

    // The job page shows the reference as a chip: with its thumbnail to Alice, without it to Bob,
    // who sees her shared job but not the private image it used.
    expect((await getJobDetail(h.alice, own)).references).toEqual([
      { slot: "oref", source: "gallery", imageId: privateImage.id, thumbUrl: `/api/images/${privateImage.id}/thumb` },
    ]);
    expect((await getJobDetail(h.bob, own)).references).toEqual([{ slot: "oref", source: "gallery", imageId: null, thumbUrl: null }]);
  }, 60_000);

  it("the imagine action answers bad references in words, and queues a good one", async () => {
    signInAs(h.bob);
    expect(await imagineAction({ prompt: "a cat --v 6.1", references: [{ slot: "oref", imageId: sharedImage.id }] })).toEqual({
      error: "Omni reference (--oref) works only with V7; this prompt uses V6.1.",
    });
    expect(await imagineAction({ prompt: "a cat", references: [{ slot: "cref", imageId: sharedImage.id }] })).toEqual({
      error: "Character reference (--cref) works only with V6.1 and Niji 6; this prompt uses V8.1.",
    });
    expect(await imagineAction({ prompt: "a cat --sref abc --sw 2000" })).toEqual({
      error: '--sref takes image URLs or style codes (digits or "random"), not "abc" --sw must be a whole number from 0 to 1000',
    });
    expect(await imagineAction({ prompt: "a cat", references: [{ slot: "sref", imageId: privateImage.id }] })).toEqual({
      error: "One of the reference images is not in the gallery (or is not one you can see).",
    });
    const queued = await imagineAction({ prompt: "a cat --sv 6", references: [{ slot: "sref", imageId: sharedImage.id }], connectionId: h.ttapiId });
    expect(queued.data?.jobId).toEqual(expect.any(String));
    expect((await waitForJob(queued.data!.jobId, (j) => j.status === "SUCCEEDED" || j.status === "FAILED")).status).toBe("SUCCEEDED");
    signInAs(null);
  }, 60_000);
});
