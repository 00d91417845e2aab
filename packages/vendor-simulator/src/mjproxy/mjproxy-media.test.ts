// Issue 14 on the midjourney-proxy mount over real HTTP: /mj/submit/video (new and extend),
// Animate and Extend buttons, /mj/submit/edits and /mj/submit/retexture, with real MP4 files
// and pictures whose pixels are checked.
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dataUrl, expectMp4, pngWithHole, shareOfColour } from "../testing/media-test-kit";
import { download, startCallbackReceiver, startTestSimulator, waitFor, type MjJson, type TestSimulator } from "../testing/sim-test-kit";

let sim: TestSimulator;

beforeAll(async () => {
  sim = await startTestSimulator();
});
afterAll(async () => {
  await sim.close();
});

const submit = (path: string, body: unknown) => sim.mj(path, { body });
const fetchTask = async (id: string): Promise<MjJson> => (await sim.mj(`/mj/task/${id}/fetch`)).json;

/** Polls until the task settles, recording every status it showed on the way. */
async function settle(id: string, seen: string[] = []): Promise<MjJson> {
  return waitFor(async () => {
    const task = await fetchTask(id);
    if (seen.at(-1) !== task.status) seen.push(task.status);
    return ["SUCCESS", "FAILURE"].includes(task.status) ? task : undefined;
  }, 30_000);
}

function button(task: MjJson, label: string): string {
  const found = (task.buttons as { label: string; customId: string }[]).find((b) => b.label === label);
  if (!found) throw new Error(`no button ${label} in ${JSON.stringify(task.buttons)}`);
  return found.customId;
}

const labels = (task: MjJson): string[] => (task.buttons as { label: string }[]).map((b) => b.label);

const startFrame = () =>
  sharp({ create: { width: 1024, height: 576, channels: 3, background: "#2a7f62" } })
    .png()
    .toBuffer();

async function video(body: Record<string, unknown>): Promise<MjJson> {
  const submitted = await submit("/mj/submit/video", body);
  expect(submitted.json).toMatchObject({ code: 1, result: expect.any(String) });
  return settle(submitted.json.result);
}

describe("midjourney-proxy /mj/submit/video", () => {
  it("makes a VIDEO task with one real MP4 per clip, posters, U buttons and Extend; webhooks carry the same", async () => {
    const receiver = await startCallbackReceiver();
    try {
      const submitted = await submit("/mj/submit/video", {
        prompt: "the waves roll",
        motion: "high",
        image: dataUrl(await startFrame()),
        batchSize: 2,
        notifyHook: receiver.url,
        state: "vid-1",
      });
      expect(submitted.status).toBe(200);
      expect(submitted.json).toMatchObject({ code: 1, result: expect.stringMatching(/^\d{16}$/) });
      const seen: string[] = [];
      const task = await settle(submitted.json.result, seen);
      expect(seen).toContain("IN_PROGRESS");
      expect(task).toMatchObject({ action: "VIDEO", status: "SUCCESS", progress: "100%", state: "vid-1" });
      expect(task.videoUrls).toHaveLength(2);
      expect(task.imageUrl).toBe(task.videoUrls[0].url);
      expect(task.videoUrl).toBe(task.videoUrls[0].url);
      for (const clip of task.videoUrls) {
        await expectMp4(clip.url, 832, 464);
        const poster = await download(clip.thumbnail);
        expect(poster).toMatchObject({ status: 200, type: "image/png" });
        expect((await sharp(poster.bytes).metadata()).width).toBe(832);
      }
      expect(labels(task)).toEqual(["U1", "U2", "Extend (High motion)", "Extend (Low motion)"]);
      expect(button(task, "U2")).toMatch(/^MJ::JOB::video_virtual_upscale::2::[0-9a-f-]{36}$/);
      expect(button(task, "Extend (High motion)")).toMatch(/^MJ::JOB::animate_high_extend::1::[0-9a-f-]{36}$/);
      expect(button(task, "Extend (Low motion)")).toMatch(/^MJ::JOB::animate_low_extend::1::[0-9a-f-]{36}$/);
      const listed = await sim.mj("/mj/task/list-by-condition", { body: { ids: [task.id] } });
      expect(listed.json).toEqual([task]);
      const final = await waitFor(async () => receiver.received.find((r) => r.body.status === "SUCCESS"));
      expect(final.body).toMatchObject({ id: task.id, action: "VIDEO", videoUrl: task.videoUrl, videoUrls: task.videoUrls, state: "vid-1" });
    } finally {
      await receiver.close();
    }
  }, 60_000);

  it("serves MP4s with byte ranges (206, Content-Range) and HD clips at 1280x720", async () => {
    const task = await video({ prompt: "hd", image: dataUrl(await startFrame()), videoType: "vid_1.1_i2v_720", batchSize: 1 });
    const bytes = await expectMp4(task.videoUrl, 1280, 720);
    const part = await fetch(task.videoUrl, { headers: { range: "bytes=0-7" } });
    expect(part.status).toBe(206);
    expect(part.headers.get("content-range")).toBe(`bytes 0-7/${bytes.length}`);
    expect(part.headers.get("content-length")).toBe("8");
    expect(Buffer.from(await part.arrayBuffer()).toString("latin1", 4, 8)).toBe("ftyp");
    expect((await fetch(task.videoUrl, { headers: { range: `bytes=${bytes.length}-` } })).status).toBe(416);
  }, 60_000);

  it("extends a finished video from the chosen clip (action extend, index, taskId) and refuses an unfinished one", async () => {
    // The parent fades from green into red: its clips end red.
    const red = await sharp({ create: { width: 1024, height: 576, channels: 3, background: "#e01010" } })
      .png()
      .toBuffer();
    const parent = await video({ prompt: "a kite", image: dataUrl(await startFrame()), endImage: dataUrl(red), batchSize: 2 });
    const extended = await video({ prompt: "higher", action: "extend", index: 1, taskId: parent.id, motion: "low", batchSize: 1 });
    expect(extended).toMatchObject({ action: "VIDEO", status: "SUCCESS" });
    await expectMp4(extended.videoUrl, 832, 464);
    // The new clip starts where the parent's clip 2 ended (red), not where it began (green).
    const first = await sharp((await download(extended.videoUrls[0].thumbnail)).bytes).stats();
    expect(first.channels[0].mean).toBeGreaterThan(150);
    expect(first.channels[1].mean).toBeLessThan(100);
    const running = await submit("/mj/submit/video", { prompt: "slow", image: dataUrl(await startFrame()), batchSize: 1 });
    const early = await submit("/mj/submit/video", { prompt: "too soon", action: "extend", index: 0, taskId: running.json.result });
    expect(early.status).toBe(400);
    expect(early.json).toMatchObject({ code: 4 });
    expect(early.json.description).toMatch(/关联任务状态错误/);
    const missing = await submit("/mj/submit/video", { prompt: "x", action: "extend", index: 0, taskId: "1700000000000999" });
    expect(missing.status).toBe(404);
    expect(missing.json.code).toBe(3);
    const wrongClip = await submit("/mj/submit/video", { prompt: "x", action: "extend", index: 3, taskId: parent.id });
    expect(wrongClip.json.description).toMatch(/index must name one of the video's 2 clips/);
    await settle(running.json.result);
  }, 60_000);

  it("refuses bad input with code 4 and a clear description", async () => {
    const cases: [Record<string, unknown>, RegExp][] = [
      [{ prompt: "no picture" }, /image is required/],
      [{ prompt: "x", image: "not base64!" }, /image is not valid base64/],
      [{ prompt: "x", image: dataUrl(await startFrame()), motion: "medium" }, /motion must be "low" or "high"/],
      [{ prompt: "x", image: dataUrl(await startFrame()), batchSize: 3 }, /batchSize must be 1, 2 or 4/],
      [{ prompt: "x", image: dataUrl(await startFrame()), videoType: "vid_1.1_i2v_1080" }, /videoType must be/],
      [{ prompt: "x", taskId: "1700000000000001" }, /任务类型错误/],
      [{ prompt: "x", action: "extend" }, /taskId is required/],
    ];
    for (const [body, message] of cases) {
      const answer = await submit("/mj/submit/video", body);
      expect(answer.status).toBe(400);
      expect(answer.json.code).toBe(4);
      expect(answer.json.description).toMatch(message);
    }
  });
});

describe("midjourney-proxy Animate and Extend buttons", () => {
  async function upscaled(): Promise<MjJson> {
    const grid = await settle((await submit("/mj/submit/imagine", { prompt: "a lantern --ar 16:9" })).json.result);
    expect(labels(grid).some((label) => label.startsWith("Animate"))).toBe(false);
    const up = await submit("/mj/submit/action", { taskId: grid.id, customId: button(grid, "U1") });
    return settle(up.json.result);
  }

  it("offers Animate on upscales only; Animate makes a 4-clip VIDEO from the upscale, Extend and U1 follow on it", async () => {
    const up = await upscaled();
    expect(button(up, "Animate (High motion)")).toMatch(/^MJ::JOB::animate_high::1::[0-9a-f-]{36}::SOLO$/);
    expect(button(up, "Animate (Low motion)")).toMatch(/^MJ::JOB::animate_low::1::[0-9a-f-]{36}::SOLO$/);
    const animated = await submit("/mj/submit/action", { taskId: up.id, customId: button(up, "Animate (Low motion)") });
    expect(animated.json.code).toBe(1);
    const clips = await settle(animated.json.result);
    expect(clips).toMatchObject({ action: "VIDEO", status: "SUCCESS" });
    expect(clips.videoUrls).toHaveLength(4);
    await expectMp4(clips.videoUrls[3].url, 832, 464);
    const extend = await submit("/mj/submit/action", { taskId: clips.id, customId: button(clips, "Extend (High motion)") });
    expect(extend.json.code).toBe(1);
    expect(await settle(extend.json.result)).toMatchObject({ action: "VIDEO", status: "SUCCESS" });
    const picked = await settle((await submit("/mj/submit/action", { taskId: clips.id, customId: button(clips, "U3") })).json.result);
    expect(picked).toMatchObject({ action: "UPSCALE", status: "SUCCESS" });
    expect(picked.videoUrls).toHaveLength(1);
    // The picked clip is clip 3 of the batch, byte for byte.
    expect((await download(picked.videoUrl)).bytes.equals((await download(clips.videoUrls[2].url)).bytes)).toBe(true);
    expect(labels(picked)).toEqual(["Extend (High motion)", "Extend (Low motion)"]);
  }, 90_000);
});

describe("midjourney-proxy /mj/submit/edits and /mj/submit/retexture", () => {
  const hole = { left: 128, top: 128, width: 256, height: 256 };
  const colour: [number, number, number] = [200, 40, 40];

  it("edits repaint the transparent area and keep every opaque pixel, in a 2x2 EDITS grid with U/V buttons", async () => {
    const picture = await pngWithHole(512, 512, colour, hole);
    const submitted = await submit("/mj/submit/edits", { prompt: "a window", image: dataUrl(picture) });
    expect(submitted.json).toMatchObject({ code: 1 });
    const task = await settle(submitted.json.result);
    expect(task).toMatchObject({ action: "EDITS", status: "SUCCESS" });
    expect(labels(task)).toEqual(expect.arrayContaining(["U1", "U4", "V1", "V4"]));
    const grid = (await download(task.imageUrl)).bytes;
    expect(await sharp(grid).metadata()).toMatchObject({ width: 1024, height: 1024 });
    for (const [dx, dy] of [
      [0, 0],
      [512, 0],
      [0, 512],
      [512, 512],
    ]) {
      // Kept: the band above the hole. Changed: the hole itself.
      expect(await shareOfColour(grid, { left: dx, top: dy, width: 512, height: 128 }, colour)).toBe(1);
      expect(await shareOfColour(grid, { left: dx + hole.left, top: dy + hole.top, width: hole.width, height: hole.height }, colour)).toBeLessThan(0.05);
    }
  }, 30_000);

  it("edits an opaque picture where maskBase64 is white; refuses an opaque picture without a mask", async () => {
    const opaque = await pngWithHole(512, 512, colour, null);
    const refused = await submit("/mj/submit/edits", { prompt: "x", image: dataUrl(opaque) });
    expect(refused.status).toBe(400);
    expect(refused.json.description).toMatch(/no transparent pixels/);
    const mask = await sharp({ create: { width: 512, height: 512, channels: 3, background: "#000" } })
      .composite([
        {
          input: await sharp({ create: { width: 256, height: 256, channels: 3, background: "#fff" } })
            .png()
            .toBuffer(),
          left: 128,
          top: 128,
        },
      ])
      .png()
      .toBuffer();
    const submitted = await submit("/mj/submit/edits", { prompt: "a door", image: dataUrl(opaque), maskBase64: mask.toString("base64") });
    const grid = (await download((await settle(submitted.json.result)).imageUrl)).bytes;
    expect(await shareOfColour(grid, { left: 0, top: 0, width: 512, height: 128 }, colour)).toBe(1);
    expect(await shareOfColour(grid, hole, colour)).toBeLessThan(0.05);
    const small = await submit("/mj/submit/edits", {
      prompt: "x",
      image: dataUrl(opaque),
      maskBase64: (await sharp(mask).resize(64, 64).png().toBuffer()).toString("base64"),
    });
    expect(small.json.description).toMatch(/maskBase64 size 64x64 does not match the image size 512x512/);
    expect((await submit("/mj/submit/edits", { image: dataUrl(opaque) })).json.description).toMatch(/prompt is required/);
  }, 30_000);

  it("retexture keeps the shapes but changes the colours of the whole picture (RETEXTURE grid)", async () => {
    const picture = await pngWithHole(512, 512, colour, null);
    const task = await settle((await submit("/mj/submit/retexture", { prompt: "marble", image: dataUrl(picture) })).json.result);
    expect(task).toMatchObject({ action: "RETEXTURE", status: "SUCCESS" });
    const grid = (await download(task.imageUrl)).bytes;
    expect(await shareOfColour(grid, { left: 0, top: 0, width: 1024, height: 1024 }, colour)).toBeLessThan(0.01);
    const stats = await sharp(grid).stats();
    expect(Math.abs(stats.channels[0].mean - colour[0]) + Math.abs(stats.channels[1].mean - colour[1])).toBeGreaterThan(30);
  }, 30_000);
});
