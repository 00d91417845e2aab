// The TTAPI mount over real HTTP: auth, validation, the imagine → upscale → inpaint chain with
// real pictures, and the 10-running-tasks limit.
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CONTROL_HEADERS, download, maskPng, pngSize, startTestSimulator, ttapiSettled, type TestSimulator } from "../testing/sim-test-kit";

let sim: TestSimulator;

beforeAll(async () => {
  sim = await startTestSimulator();
});
afterAll(async () => {
  await sim.close();
});

describe("TTAPI auth and validation", () => {
  it("refuses a wrong or missing TT-API-KEY with -3 / HTTP 401", async () => {
    const wrong = await sim.ttapi("imagine", { prompt: "a cat" }, "not-the-key");
    expect(wrong.status).toBe(401);
    expect(wrong.json).toMatchObject({ status: "FAILED", code: -3, data: null });
    const missing = await sim.ttapi("fetch", { jobId: "x" }, "");
    expect(missing.status).toBe(401);
  });

  it("answers bad JSON, missing params and unknown jobs with -2 / -6", async () => {
    const response = await fetch(`${sim.server.url}/ttapi/midjourney/v1/imagine`, { method: "POST", headers: { "TT-API-KEY": "sim-test-key" }, body: "{oops" });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ status: "FAILED", code: -2 });
    expect((await sim.ttapi("imagine", { prompt: "  " })).json).toMatchObject({ status: "FAILED", code: -2 });
    const unknown = await sim.ttapi("fetch", { jobId: "no-such-job" });
    expect(unknown.status).toBe(404);
    expect(unknown.json.code).toBe(-6);
    expect((await sim.ttapi("action", { jobId: "no-such-job", action: "upsample1" })).json.code).toBe(-6);
    expect((await sim.ttapi("blend", { imgBase64Array: ["data:image/png;base64,AAAA"] })).json.code).toBe(-2);
  });

  it("refuses banned prompts on imagine and reports them in promptCheck", async () => {
    const imagine = await sim.ttapi("imagine", { prompt: "a gore scene --ar 1:1" });
    expect(imagine.json).toMatchObject({ status: "FAILED", message: "banned prompt words: gore", data: null });
    expect((await sim.ttapi("promptCheck", { prompt: "nsfw poster" })).json).toMatchObject({ status: "FAILED", message: "banned prompt words: nsfw" });
    expect((await sim.ttapi("promptCheck", { prompt: "a cute kitten" })).json).toEqual({
      status: "SUCCESS",
      message: "success",
      data: "Prompt verification successful.",
    });
  });

  it("reports every mode as running on /status", async () => {
    const { json } = await sim.ttapi("status", undefined);
    expect(json.data.fast).toMatchObject({ status: 200, runningMessage: "Endpoints running" });
  });
});

describe("TTAPI imagine → upscale → inpaint", () => {
  it("draws a 16:9 grid, its quadrant, and repaints only the white mask area", async () => {
    const submitted = await sim.ttapi("imagine", { prompt: "a lighthouse --ar 16:9", notify_id: "chain-1" });
    expect(submitted.json.status).toBe("SUCCESS");
    const grid = await ttapiSettled(sim, submitted.json.data.jobId);
    expect(grid.data).toMatchObject({ actions: "imagine", progress: "100", width: 1024, height: 576, notify_id: "chain-1", seed: "" });
    expect(grid.data.components).toEqual([
      "upsample1",
      "upsample2",
      "upsample3",
      "upsample4",
      "variation1",
      "variation2",
      "variation3",
      "variation4",
      "reroll",
    ]);
    const gridFile = await download(grid.data.cdnImage);
    expect(gridFile.type).toBe("image/png");
    expect(await pngSize(gridFile.bytes)).toMatchObject({ width: 1024, height: 576, format: "png" });
    expect(grid.data.images).toHaveLength(4);
    const tiles = await Promise.all(grid.data.images.map((url: string) => download(url)));
    for (const tile of tiles) expect(await pngSize(tile.bytes)).toMatchObject({ width: 512, height: 288 });
    expect(new Set(tiles.map((t) => t.bytes.toString("base64"))).size).toBe(4);

    expect((await sim.ttapi("action", { jobId: grid.jobId, action: "zoom_out_2" })).json).toMatchObject({ status: "FAILED", code: -2 });
    const up = await sim.ttapi("action", { jobId: grid.jobId, action: "upsample2" });
    const upscaled = await ttapiSettled(sim, up.json.data.jobId);
    expect(upscaled.data).toMatchObject({ actions: "upsample2", width: 512, height: 288, images: null });
    expect(upscaled.data.components).toEqual(
      expect.arrayContaining([
        "upscale_subtle",
        "upscale_creative",
        "low_variation",
        "high_variation",
        "zoom_out_2",
        "zoom_out_1_5",
        "pan_left",
        "make_square",
      ]),
    );
    expect(upscaled.data.components).not.toContain("inpaint");
    const upscaledBytes = (await download(upscaled.data.cdnImage)).bytes;
    // U2 is exactly the top-right quadrant of the grid.
    const quadrant = await sharp(gridFile.bytes).extract({ left: 512, top: 0, width: 512, height: 288 }).raw().toBuffer();
    expect((await sharp(upscaledBytes).raw().toBuffer()).equals(quadrant)).toBe(true);

    const jobId = upscaled.jobId;
    const good = await maskPng(512, 288, { left: 100, top: 50, width: 200, height: 100 });
    const withPrefix = await sim.ttapi("inpaint", { jobId, mask: `data:image/png;base64,${good.toString("base64")}` });
    expect(withPrefix.status).toBe(400);
    expect(withPrefix.json).toMatchObject({ status: "FAILED", code: -2 });
    expect(withPrefix.json.message).toMatch(/prefix/);
    const wrongSize = await sim.ttapi("inpaint", { jobId, mask: (await maskPng(512, 512, { left: 0, top: 0, width: 10, height: 10 })).toString("base64") });
    expect(wrongSize.json.message).toMatch(/size/);
    const grey = await sim.ttapi("inpaint", {
      jobId,
      mask: (await maskPng(512, 288, { left: 0, top: 0, width: 10, height: 10 }, "#808080")).toString("base64"),
    });
    expect(grey.json.message).toMatch(/black and white/);
    const empty = await sim.ttapi("inpaint", { jobId, mask: (await maskPng(512, 288, null)).toString("base64") });
    expect(empty.json.message).toMatch(/empty/);
    expect((await sim.ttapi("inpaint", { jobId: grid.jobId, mask: good.toString("base64") })).json.code).toBe(-2);

    const inpaint = await sim.ttapi("inpaint", { jobId, mask: good.toString("base64"), prompt: "a red boat" });
    expect(inpaint.json.status).toBe("SUCCESS");
    const painted = await ttapiSettled(sim, inpaint.json.data.jobId);
    expect(painted.data).toMatchObject({ actions: "inpaint", width: 512, height: 288, prompt: "a red boat" });
    const before = await sharp(upscaledBytes).raw().toBuffer();
    const after = await sharp((await download(painted.data.cdnImage)).bytes)
      .raw()
      .toBuffer();
    let changedInside = 0;
    for (let y = 0; y < 288; y += 1) {
      for (let x = 0; x < 512; x += 1) {
        const o = (y * 512 + x) * 3;
        const inside = x >= 100 && x < 300 && y >= 50 && y < 150;
        const same = before[o] === after[o] && before[o + 1] === after[o + 1] && before[o + 2] === after[o + 2];
        if (!inside) expect(same).toBe(true);
        else if (!same) changedInside += 1;
      }
    }
    expect(changedInside).toBeGreaterThan(200 * 100 * 0.9);

    const received = await sim.control(`/tasks/${inpaint.json.data.jobId}/mask`);
    expect(received.status).toBe(200);
    const maskBytes = Buffer.from(
      await (await fetch(`${sim.server.url}/_control/tasks/${inpaint.json.data.jobId}/mask`, { headers: CONTROL_HEADERS })).arrayBuffer(),
    );
    expect(maskBytes.equals(good)).toBe(true);
  });

  it("grows pictures for zoom, pan and upscale, and reveals the seed on request", async () => {
    const grid = await ttapiSettled(sim, (await sim.ttapi("imagine", { prompt: "a fox" })).json.data.jobId);
    const up = await ttapiSettled(sim, (await sim.ttapi("action", { jobId: grid.jobId, action: "upsample1" })).json.data.jobId);
    expect(up.data).toMatchObject({ width: 512, height: 512 });
    expect(up.data.components).not.toContain("make_square");
    const [zoom, pan, upscale] = await Promise.all(
      ["zoom_out_2", "pan_left", "upscale_subtle"].map(async (action) =>
        ttapiSettled(sim, (await sim.ttapi("action", { jobId: up.jobId, action })).json.data.jobId),
      ),
    );
    expect(zoom.data).toMatchObject({ width: 2048, height: 2048 });
    expect(pan.data).toMatchObject({ width: 1536, height: 1024 });
    expect(upscale.data).toMatchObject({ width: 1024, height: 1024 });
    expect(upscale.data.components).toContain("redo_upscale_subtle");

    expect((await sim.ttapi("seed", { jobId: grid.jobId })).json).toMatchObject({ status: "SUCCESS", data: { jobId: grid.jobId } });
    const seeded = await sim.ttapi("fetch", { jobId: grid.jobId });
    expect(seeded.json.data.seed).toMatch(/^\d+$/);
    expect((await sim.ttapi("fetch", { jobId: grid.jobId })).json.data.seed).toBe(seeded.json.data.seed);
  });
});

describe("TTAPI concurrency", () => {
  it("runs at most 10 tasks of a key at once and queues the rest as PENDING_QUEUE", async () => {
    // Long enough that no task can finish while the 12 submits are still arriving.
    await sim.control("", { stepMs: 200 });
    const ids: string[] = [];
    for (let i = 0; i < 12; i += 1) ids.push((await sim.ttapi("imagine", { prompt: `queue test ${i}` })).json.data.jobId);
    const statuses = await Promise.all(ids.map(async (jobId) => (await sim.ttapi("fetch", { jobId })).json.status));
    expect(statuses.filter((s) => s === "PENDING_QUEUE")).toHaveLength(2);
    const done = await Promise.all(ids.map((jobId) => ttapiSettled(sim, jobId)));
    expect(done.every((job) => job.status === "SUCCESS")).toBe(true);
    await sim.control("", { stepMs: 30 });
    const { json } = await sim.control("/tasks?limit=12");
    const intervals = (json.tasks as { startedAt: number; finishedAt: number }[]).map((t) => [t.startedAt, t.finishedAt]);
    expect(intervals.flat().every((t) => typeof t === "number")).toBe(true);
    const overlaps = intervals.map(([start]) => intervals.filter(([s, f]) => s <= start && f > start).length);
    expect(Math.max(...overlaps)).toBe(10);
  });
});
