// Issue 14 on the TTAPI mount over real HTTP: video/submit, video/extend, image-edits/submit and
// image-edits/fetch, with the fetch answered by GET ?jobId= as well as POST, real MP4 files,
// posters, webhooks, and pixel checks on edits.
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dataUrl, expectMp4, pngWithHole, shareOfColour } from "../testing/media-test-kit";
import { TEST_KEY, download, startCallbackReceiver, startTestSimulator, waitFor, type TestSimulator, type TtapiReply } from "../testing/sim-test-kit";

let sim: TestSimulator;

beforeAll(async () => {
  sim = await startTestSimulator();
});
afterAll(async () => {
  await sim.close();
});

async function post(path: string, body: unknown): Promise<{ status: number; json: TtapiReply }> {
  const response = await fetch(`${sim.server.url}/ttapi/midjourney/${path}`, {
    method: "POST",
    headers: { "content-type": "application/json", "TT-API-KEY": TEST_KEY },
    body: JSON.stringify(body),
  });
  return { status: response.status, json: (await response.json()) as TtapiReply };
}

async function getFetch(path: "v1/fetch" | "image-edits/fetch", jobId: string): Promise<TtapiReply> {
  const response = await fetch(`${sim.server.url}/ttapi/midjourney/${path}?jobId=${encodeURIComponent(jobId)}`, { headers: { "TT-API-KEY": TEST_KEY } });
  return (await response.json()) as TtapiReply;
}

async function settle(jobId: string, path: "v1/fetch" | "image-edits/fetch" = "v1/fetch", seen: string[] = []): Promise<TtapiReply> {
  return waitFor(async () => {
    const job = await getFetch(path, jobId);
    if (seen.at(-1) !== job.status) seen.push(job.status);
    return job.status === "SUCCESS" || job.status === "FAILED" ? job : undefined;
  }, 30_000);
}

const frame = (background: string) =>
  sharp({ create: { width: 1024, height: 576, channels: 3, background } })
    .png()
    .toBuffer();

/** The simulator's own files are valid imageUrls: upload one by running a tiny imagine. */
async function ownPictureUrl(): Promise<string> {
  const job = await post("v1/imagine", { prompt: "a harbour --ar 16:9" });
  return (await settle(job.json.data.jobId)).data.cdnImage as string;
}

describe("TTAPI video/submit and video/extend", () => {
  it("answers data.job_id; the fetch (GET and POST) shows actions video, one MP4 per clip and one poster per clip; the webhook is the fetch", async () => {
    const receiver = await startCallbackReceiver();
    try {
      const submitted = await post("video/submit", { prompt: "", imageUrl: await ownPictureUrl(), manual: "high", bs: 2, hookUrl: receiver.url });
      expect(submitted.status).toBe(200);
      expect(submitted.json).toMatchObject({ status: "SUCCESS", message: "success", data: { job_id: expect.any(String) } });
      const id = submitted.json.data.job_id as string;
      const seen: string[] = [];
      const job = await settle(id, "v1/fetch", seen);
      expect(seen).toContain("ON_QUEUE");
      expect(job).toMatchObject({ status: "SUCCESS", jobId: id, data: { actions: "video", progress: "100" } });
      expect(job.data.videoUrls).toHaveLength(2);
      expect(job.data.images).toHaveLength(2);
      expect(job.data.cdnImage).toBe(job.data.images[0]);
      for (const url of job.data.videoUrls) await expectMp4(url, 832, 464);
      const poster = await download(job.data.images[1]);
      expect(poster).toMatchObject({ status: 200, type: "image/png" });
      expect((await sim.ttapi("fetch", { jobId: id })).json).toEqual(job);
      const hook = await waitFor(async () => receiver.received.find((r) => r.body.status === "SUCCESS"));
      expect(hook.body).toEqual(job);
    } finally {
      await receiver.close();
    }
  }, 60_000);

  it("takes a data URL too, makes HD clips at 1280x720, and extends a finished video job from its clip", async () => {
    const red = await frame("#e01010");
    const parent = await settle(
      (await post("video/submit", { prompt: "dusk", imageUrl: dataUrl(await frame("#1060e0")), endingUrl: dataUrl(red), resolution: "hd", bs: 1 })).json.data
        .job_id,
    );
    await expectMp4(parent.data.videoUrls[0], 1280, 720);
    const extend = await post("video/extend", { jobId: parent.jobId, index: 0, manual: "low", animateMode: "auto", bs: 1 });
    expect(extend.json).toMatchObject({ status: "SUCCESS", data: { job_id: expect.any(String) } });
    const extended = await settle(extend.json.data.job_id);
    expect(extended.data).toMatchObject({ actions: "video" });
    await expectMp4(extended.data.videoUrls[0], 1280, 720);
    // It continues the parent's last frame (red), not its first (blue).
    const first = await sharp((await download(extended.data.images[0])).bytes).stats();
    expect(first.channels[0].mean).toBeGreaterThan(150);
  }, 60_000);

  it("refuses bad input with TTAPI's FAILED envelope and code -2 / -6", async () => {
    const picture = dataUrl(await frame("#888888"));
    const cases: [string, Record<string, unknown>, number, RegExp][] = [
      ["video/submit", { prompt: "x" }, -2, /imageUrl is required/],
      ["video/submit", { imageUrl: picture }, -2, /prompt is required/],
      ["video/submit", { prompt: "x", imageUrl: picture, bs: 3 }, -2, /bs must be 1, 2 or 4/],
      ["video/submit", { prompt: "x", imageUrl: picture, resolution: "4k" }, -2, /resolution must be "sd" or "hd"/],
      ["video/submit", { prompt: "x", imageUrl: picture, mode: "relax" }, -2, /"fast" mode only/],
      ["video/submit", { prompt: "x", imageUrl: "https://example.com/a.png" }, -2, /imageUrl/],
      ["video/extend", { index: 0 }, -2, /jobId is required/],
      ["video/extend", { jobId: "nope", index: 0 }, -6, /does not exist/],
      ["video/extend", { jobId: "nope" }, -2, /index is required/],
    ];
    for (const [path, body, code, message] of cases) {
      const answer = await post(path, body);
      expect(answer.json).toMatchObject({ status: "FAILED", code, data: null });
      expect(answer.json.message).toMatch(message);
    }
  });

  it("refuses to extend an unfinished video job, an image job, or a clip it does not have", async () => {
    const imagine = await post("v1/imagine", { prompt: "a bell" });
    const running = await post("video/submit", { prompt: "", imageUrl: dataUrl(await frame("#445566")), bs: 1 });
    const early = await post("video/extend", { jobId: running.json.data.job_id, index: 0 });
    expect(early.json).toMatchObject({ status: "FAILED", code: -2 });
    expect(early.json.message).toMatch(/has not finished/);
    await settle(imagine.json.data.jobId);
    const notVideo = await post("video/extend", { jobId: imagine.json.data.jobId, index: 0 });
    expect(notVideo.json.message).toMatch(/it is not a video/);
    await settle(running.json.data.job_id);
    const noClip = await post("video/extend", { jobId: running.json.data.job_id, index: 2 });
    expect(noClip.json.message).toMatch(/index must name one of the job's 1 videos/);
  }, 60_000);
});

describe("TTAPI image-edits", () => {
  const colour: [number, number, number] = [30, 160, 90];

  it("edit: repaints the transparent area, keeps the rest; the grid takes the nearest allowed ratio (1000x480 → 2:1)", async () => {
    const picture = await pngWithHole(1000, 480, colour, { left: 400, top: 120, width: 200, height: 240 });
    const submitted = await post("image-edits/submit", { prompt: "a red door", image: picture.toString("base64"), type: "edit", mode: "fast" });
    expect(submitted.json).toMatchObject({ status: "SUCCESS", data: { job_id: expect.any(String) } });
    const job = await settle(submitted.json.data.job_id, "image-edits/fetch");
    expect(job.data).toMatchObject({ actions: "edit", width: 1024, height: 512 });
    expect(job.data.images).toHaveLength(4);
    expect(job.data.components).toEqual(expect.arrayContaining(["upsample1", "variation4", "reroll"]));
    expect((await post("v1/fetch", { jobId: job.jobId })).json).toEqual(job);
    const tile = (await download(job.data.images[2])).bytes;
    expect(await sharp(tile).metadata()).toMatchObject({ width: 512, height: 256 });
    // The hole maps to x 204.8-307.2, y 64-192 in the 512x256 tile (stretched from 1000x480).
    expect(await shareOfColour(tile, { left: 0, top: 0, width: 190, height: 256 }, colour)).toBe(1);
    expect(await shareOfColour(tile, { left: 215, top: 75, width: 80, height: 100 }, colour)).toBeLessThan(0.05);
    const upscale = await post("v1/action", { jobId: job.jobId, action: "upsample2" });
    expect((await settle(upscale.json.data.jobId)).status).toBe("SUCCESS");
  }, 60_000);

  it("retexture changes the colours of the whole picture; edit without transparency is refused", async () => {
    const opaque = await pngWithHole(512, 768, colour, null);
    const job = await settle(
      (await post("image-edits/submit", { prompt: "gold", image: dataUrl(opaque), type: "retexture" })).json.data.job_id,
      "image-edits/fetch",
    );
    // 2:3 tiles of 341x512 (the long side of a tile is 512).
    expect(job.data).toMatchObject({ actions: "retexture", width: 682, height: 1024 });
    expect(await shareOfColour((await download(job.data.cdnImage)).bytes, { left: 0, top: 0, width: 682, height: 1024 }, colour)).toBeLessThan(0.01);
    const refused = await post("image-edits/submit", { prompt: "x", image: dataUrl(opaque) });
    expect(refused.json).toMatchObject({ status: "FAILED", code: -2 });
    expect(refused.json.message).toMatch(/no transparent pixels/);
    expect((await post("image-edits/submit", { prompt: "x", image: dataUrl(opaque), type: "inpaint" })).json.message).toMatch(
      /type must be "edit" or "retexture"/,
    );
    expect((await post("image-edits/submit", { image: dataUrl(opaque) })).json.message).toMatch(/prompt is required/);
  }, 60_000);
});
