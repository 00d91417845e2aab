// The TTAPI adapter against the built-in simulator over real HTTP: every endpoint, both error paths.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createVendorClient } from "../create-vendor-client";
import { expectVendorError } from "../testing/expect-vendor-error";
import type { TaskSnapshot, VendorClient } from "../types";
import { FAST, imageSize, pngDataUrl, regionMask, SIM_KEY, startSimulatorHarness, waitForTask, type SimulatorHarness } from "./simulator-harness";

let sim: SimulatorHarness;
let client: VendorClient;
let grid: TaskSnapshot;
let upscale: TaskSnapshot;

beforeAll(async () => {
  sim = await startSimulatorHarness();
  client = createVendorClient({ protocol: "ttapi", profile: "generic", baseUrl: `${sim.url}/ttapi`, apiKey: SIM_KEY, defaultMode: "fast" }, FAST);
});
afterAll(() => sim?.close());
beforeEach(() => sim.reset());

const action = (snapshot: TaskSnapshot, key: string) => {
  const found = snapshot.actions.find((a) => a.key === key);
  if (!found) throw new Error(`${snapshot.taskId} offers no ${key}: ${snapshot.actions.map((a) => a.key).join(", ")}`);
  return found;
};

describe("[CONTRACT ttapi] the TTAPI adapter against the simulator", () => {
  it("checks the connection with /midjourney/status", async () => {
    const check = await client.checkConnection();
    expect(check.ok).toBe(true);
    expect(check.message).toMatch(/fast running/);
  });

  it("imagines a grid with four tiles, progress, the notify id and U/V/reroll", async () => {
    const { taskId } = await client.imagine({ prompt: "a lighthouse at dusk --ar 1:1", notifyId: "contract-notify-1", mode: "turbo" });
    const stored = await sim.task(taskId);
    expect(stored.notifyId).toBe("contract-notify-1");
    expect(stored.mode).toBe("turbo");
    expect(stored.requests[0].body).toMatchObject({ getUImages: true, notify_id: "contract-notify-1" });
    grid = await waitForTask(client, taskId);
    expect(grid).toMatchObject({ taskId, status: "SUCCEEDED", progress: 100, notifyId: "contract-notify-1" });
    expect(grid.width).toBeGreaterThan(0);
    expect(grid.tileUrls).toHaveLength(4);
    expect(grid.actions.map((a) => a.key)).toEqual(expect.arrayContaining(["upscale:1", "upscale:4", "variation:1", "variation:4", "reroll"]));
    expect(grid.actions.some((a) => a.key === "vary_region")).toBe(false);
    const image = await client.downloadImage(grid.imageUrl!, 20_000_000);
    expect(image.contentType).toBe("image/png");
    expect(await imageSize(image.bytes)).toEqual({ width: grid.width, height: grid.height });
    expect((await client.downloadImage(grid.tileUrls![0], 20_000_000)).bytes.length).toBeGreaterThan(100);
  });

  it("upscales with U1 and then offers Vary (Region), upscales, varies, zooms and pans", async () => {
    const { taskId } = await client.act({ parentTaskId: grid.taskId, action: action(grid, "upscale:1"), notifyId: "contract-u1" });
    upscale = await waitForTask(client, taskId);
    expect(upscale.status).toBe("SUCCEEDED");
    expect(upscale.actions.map((a) => a.label)).toEqual(
      expect.arrayContaining(["Vary (Region)", "Vary (Subtle)", "Vary (Strong)", "Zoom Out 2x", "Zoom Out 1.5x", "Pan Left", "Upscale (Subtle)"]),
    );
    for (const key of ["zoom:2", "pan:left", "vary:strong", "upscale:subtle"]) {
      const child = await client.act({ parentTaskId: upscale.taskId, action: action(upscale, key), notifyId: `contract-${key}` });
      expect((await waitForTask(client, child.taskId)).status).toBe("SUCCEEDED");
    }
  });

  it("varies a region with a bare-base64 mask that arrives byte for byte", async () => {
    const mask = await regionMask(upscale.width!, upscale.height!);
    const { taskId } = await client.varyRegion({
      parentTaskId: upscale.taskId,
      action: action(upscale, "vary_region"),
      mask,
      prompt: "a red door",
      notifyId: "contract-vr",
    });
    expect((await sim.mask(taskId)).equals(mask)).toBe(true);
    expect((await waitForTask(client, taskId)).status).toBe("SUCCEEDED");
  });

  it("refuses a mask of the wrong size as a bad mask", async () => {
    const error = await expectVendorError(client.varyRegion({ parentTaskId: upscale.taskId, mask: await regionMask(10, 10), notifyId: "contract-vr-bad" }));
    expect(error.code).toBe("BAD_MASK");
  });

  it("blends, describes and reads the seed", async () => {
    const images = [await pngDataUrl(64, 64, [200, 30, 30]), await pngDataUrl(64, 64, [30, 30, 200])];
    const blend = await client.blend({ images, dimensions: "LANDSCAPE", notifyId: "contract-blend" });
    expect((await waitForTask(client, blend.taskId)).status).toBe("SUCCEEDED");
    const describe = await client.describe({ image: images[0], notifyId: "contract-describe" });
    const described = await waitForTask(client, describe.taskId);
    expect(described.prompts).toHaveLength(4);
    expect(described.prompts?.[0]).toMatch(/--ar/);
    expect(described.imageUrl).toBeUndefined();
    expect(await client.seed(grid.taskId)).toMatch(/^\d+$/);
  });

  it("checks prompts: a clean one passes, a banned one is refused", async () => {
    expect(await client.promptCheck?.("a kitten in a garden")).toMatchObject({ ok: true });
    expect(await client.promptCheck?.("a nude statue")).toEqual({ ok: false, message: "banned prompt words: nude" });
  });

  it("reports a banned prompt, an unknown task and an unknown action in words", async () => {
    expect((await expectVendorError(client.imagine({ prompt: "something gore", notifyId: "contract-banned" }))).code).toBe("BANNED_PROMPT");
    expect((await expectVendorError(client.fetchTask("no-such-job"))).code).toBe("NOT_FOUND");
    const error = await expectVendorError(
      client.act({ parentTaskId: grid.taskId, action: { key: "zoom:2", label: "Zoom Out 2x", payload: "zoom_out_2" }, notifyId: "n" }),
    );
    expect(error).toMatchObject({ code: "BAD_REQUEST", httpStatus: 400, vendorCode: -2 });
  });

  it("error path: a wrong key is a bad key, for checks and submits", async () => {
    const wrong = createVendorClient(
      { protocol: "ttapi", profile: "generic", baseUrl: `${sim.url}/ttapi`, apiKey: "wrong-key-000000", defaultMode: "fast" },
      FAST,
    );
    expect(await wrong.checkConnection()).toMatchObject({ ok: false, failureCode: "BAD_KEY" });
    expect(await expectVendorError(wrong.imagine({ prompt: "a cat", notifyId: "n" }))).toMatchObject({ code: "BAD_KEY", vendorCode: -3, httpStatus: 401 });
  });

  it("error path: vendor codes on submit, a failed task, and fetch outages retried", async () => {
    await sim.knobs({ submitErrors: { count: 1, vendorCode: -4, message: "insufficient balance", protocol: "ttapi" } });
    expect(await expectVendorError(client.imagine({ prompt: "a cat", notifyId: "contract-quota" }))).toMatchObject({
      code: "QUOTA",
      vendorCode: -4,
      outcomeUnknown: false,
    });

    await sim.knobs({ failTasks: { count: 1, reason: "Job timed out at Midjourney", atStep: 1 } });
    const { taskId } = await client.imagine({ prompt: "a cat", notifyId: "contract-fail" });
    expect(await waitForTask(client, taskId)).toMatchObject({ status: "FAILED", failureCode: "TIMEOUT", failureReason: "Job timed out at Midjourney" });

    await sim.knobs({ fetchErrors: { count: 2, httpStatus: 503, protocol: "ttapi" } });
    expect((await client.fetchTask(taskId)).status).toBe("FAILED");
    await sim.knobs({ fetchErrors: { count: 5, httpStatus: 500, protocol: "ttapi" } });
    expect(await expectVendorError(client.fetchTask(taskId))).toMatchObject({ code: "VENDOR_ERROR", httpStatus: 500 });
  });

  it("error path: a submit is never retried after a server error", async () => {
    await sim.knobs({ submitErrors: { count: 1, httpStatus: 500, protocol: "ttapi" } });
    expect((await expectVendorError(client.imagine({ prompt: "a cat", notifyId: "contract-once" }))).code).toBe("VENDOR_ERROR");
    const submits = (await (await fetch(`${sim.url}/_control/submits`, { headers: { authorization: `Bearer ${SIM_KEY}` } })).json()) as {
      byNotifyId: Record<string, { total: number }>;
    };
    expect(submits.byNotifyId["contract-once"].total).toBe(1);
  });
});
