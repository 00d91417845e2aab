import "./support/test-env";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as publicImage } from "@/app/api/public/images/[id]/route";
import { db } from "@/lib/db";
import { listJobs } from "@/lib/data/jobs/list-jobs";
import { queueAnimate } from "@/lib/data/jobs/queue-animate";
import { queueExtendVideo } from "@/lib/data/jobs/queue-extend-video";
import { animateSchema, extendVideoSchema } from "@/lib/schemas/jobs";
import { getImageStorage } from "@/lib/storage/get-image-storage";
import { startHarness, waitForJob, finished, type Harness } from "./support/harness";
import { act, imagine } from "./support/queue";

// TTAPI fetches the first frame from the studio's signed link: serve the public image route on
// loopback, as the studio does under PUBLIC_URL (set before anything reads the environment).
const studio = http.createServer(async (req, res) => {
  const url = new URL(req.url ?? "/", "http://127.0.0.1");
  const id = decodeURIComponent(url.pathname.replace("/api/public/images/", ""));
  const answer = await publicImage(new Request(url), { params: Promise.resolve({ id }) });
  res.writeHead(answer.status, Object.fromEntries(answer.headers));
  res.end(Buffer.from(await answer.arrayBuffer()));
});
await new Promise<void>((resolve) => studio.listen(0, "127.0.0.1", resolve));
process.env.PUBLIC_URL = `http://127.0.0.1:${(studio.address() as AddressInfo).port}`;

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ webhooks: true, sim: { trustedUrlPrefixes: [`${process.env.PUBLIC_URL}/api/public/`] } });
});
afterAll(async () => {
  await h?.stop();
  studio.close();
});

async function upscaled(connectionId: string, prompt: string): Promise<string> {
  const gridId = await imagine(h.engine, h.alice, prompt, { connectionId });
  expect((await waitForJob(gridId, finished)).status).toBe("SUCCEEDED");
  const upscaleId = await act(h.engine, h.alice, gridId, "upscale:1");
  expect((await waitForJob(upscaleId, finished)).status).toBe("SUCCEEDED");
  return upscaleId;
}

async function expectClips(jobId: string, count: number) {
  const clips = await db.image.findMany({ where: { jobId }, orderBy: { index: "asc" } });
  expect(clips.map((c) => `${c.kind}${c.index}`)).toEqual(Array.from({ length: count }, (_, i) => `VIDEO${i + 1}`));
  for (const clip of clips) {
    const bytes = await getImageStorage().read(clip.storageKey);
    expect(bytes?.subarray(4, 8).toString("latin1")).toBe("ftyp");
    expect(clip.mime).toBe("video/mp4");
    expect(clip.durationMs).toBeGreaterThan(0);
    expect(clip.width % 2).toBe(0);
    expect(await getImageStorage().exists(clip.posterKey!)).toBe(true);
    expect(await getImageStorage().exists(clip.thumbKey!)).toBe(true);
  }
  return clips;
}

/** What the simulator received for a job. */
async function vendorTask(jobId: string) {
  const { notifyId } = await db.job.findUniqueOrThrow({ where: { id: jobId } });
  const { tasks } = (await h.control(undefined, `/tasks?notifyId=${encodeURIComponent(notifyId)}`)) as { tasks: Record<string, unknown>[] };
  expect(tasks).toHaveLength(1);
  return tasks[0];
}

describe("[VIDEO] Animate and Extend against the simulator over HTTP", () => {
  it.each([
    ["TTAPI (/midjourney/video/submit, the frame by signed studio link)", () => h.ttapiId],
    ["midjourney-proxy (/mj/submit/video, the frame as base64)", () => h.mjproxyId],
  ])(
    "%s: U1 → Animate (2 clips) → stored MP4s with posters → Extend clip 2",
    async (_, connection) => {
      const upscaleId = await upscaled(connection(), "a paper boat on a pond --ar 3:2");
      const animate = await queueAnimate(h.alice, animateSchema.parse({ jobId: upscaleId, motion: "high", batchSize: 2, prompt: "the boat drifts" }));
      await h.engine.onJobQueued(animate.id);
      const video = await waitForJob(animate.id, finished, 60_000);
      expect(video).toMatchObject({ status: "SUCCEEDED", kind: "VIDEO", cost: 24 });
      expect(video.failureReason).toBeNull();
      await expectClips(animate.id, 2);
      expect(JSON.stringify(await vendorTask(animate.id))).toContain("the boat drifts");
      // The gallery's Type filter finds videos, and only them.
      const videos = await listJobs(h.alice, { kind: "video" });
      expect(videos.items.map((j) => j.id)).toContain(animate.id);
      expect(videos.items.every((j) => j.kind === "VIDEO")).toBe(true);

      const extend = await queueExtendVideo(h.alice, extendVideoSchema.parse({ jobId: animate.id, index: 1, motion: "low" }));
      await h.engine.onJobQueued(extend.id);
      expect(await waitForJob(extend.id, finished, 60_000)).toMatchObject({ status: "SUCCEEDED", action: "extend", parentId: animate.id });
      await expectClips(extend.id, 4);
    },
    120_000,
  );

  it("refuses what cannot be animated, in words", async () => {
    const gridId = await imagine(h.engine, h.alice, "a kite", { connectionId: h.ttapiId });
    expect((await waitForJob(gridId, finished)).status).toBe("SUCCEEDED");
    await expect(queueAnimate(h.alice, animateSchema.parse({ jobId: gridId, imageIndex: 0 }))).rejects.toThrow(/Pick one image of the grid/);
    await expect(queueAnimate(h.mallory, animateSchema.parse({ jobId: gridId, imageIndex: 1 }))).rejects.toThrow();
    await expect(queueExtendVideo(h.alice, extendVideoSchema.parse({ jobId: gridId }))).rejects.toThrow(/Only a video can be extended/);
    expect(() => animateSchema.parse({ jobId: gridId, loop: true, endImageKey: "uploads/x/y.png" })).toThrow(/loop or an end frame/);
    const tile = await queueAnimate(h.alice, animateSchema.parse({ jobId: gridId, imageIndex: 3, batchSize: 1 }));
    await h.engine.onJobQueued(tile.id);
    expect((await waitForJob(tile.id, finished, 60_000)).status).toBe("SUCCEEDED");
    await expectClips(tile.id, 1);
  }, 120_000);
});
