// The midjourney-proxy adapter against the built-in simulator over real HTTP: every endpoint,
// the two-step Vary Region and Custom Zoom, and both error paths.
import type { MjproxyProfile } from "@/lib/domain/vendor-protocol";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createVendorClient } from "../create-vendor-client";
import { expectVendorError } from "../testing/expect-vendor-error";
import type { TaskSnapshot, VendorClient } from "../types";
import { FAST, imageSize, pngDataUrl, regionMask, SIM_KEY, startSimulatorHarness, waitForTask, type SimulatorHarness } from "./simulator-harness";

let sim: SimulatorHarness;
let client: VendorClient;
let grid: TaskSnapshot;
let upscale: TaskSnapshot;

const clientFor = (profile: MjproxyProfile, apiKey = SIM_KEY) =>
  createVendorClient({ protocol: "mjproxy", profile, baseUrl: `${sim.url}/mjproxy`, apiKey, defaultMode: "relax" }, FAST);

beforeAll(async () => {
  sim = await startSimulatorHarness();
  // /sim/mjproxy follows the gateways' documents (Authorization: Bearer); a self-hosted proxy
  // ("generic") wants the raw key and is tested against /sim/trueai and /sim/novicezk.
  client = clientFor("newapi");
});
afterAll(() => sim?.close());
beforeEach(() => sim.reset());

const action = (snapshot: TaskSnapshot, key: string) => {
  const found = snapshot.actions.find((a) => a.key === key);
  if (!found) throw new Error(`${snapshot.taskId} offers no ${key}: ${snapshot.actions.map((a) => a.key).join(", ")}`);
  return found;
};

describe("[CONTRACT mjproxy] the midjourney-proxy adapter against the simulator", () => {
  it("checks the connection with a harmless list", async () => {
    expect(await client.checkConnection()).toMatchObject({ ok: true });
  });

  it("imagines with state and modes, and reads the grid's buttons", async () => {
    const { taskId } = await client.imagine({ prompt: "a lighthouse at dusk", notifyId: "mj-notify-1", hookUrl: "http://127.0.0.1:9/hook" });
    const stored = await sim.task(taskId);
    expect(stored).toMatchObject({ notifyId: "mj-notify-1", mode: "relax", hookUrl: "http://127.0.0.1:9/hook" });
    grid = await waitForTask(client, taskId);
    expect(grid).toMatchObject({ status: "SUCCEEDED", progress: 100, notifyId: "mj-notify-1" });
    expect(grid.actions.map((a) => a.label)).toEqual(["U1", "U2", "U3", "U4", "V1", "V2", "V3", "V4", "Reroll"]);
    expect(grid.actions[0].payload).toMatch(/^MJ::JOB::upsample::1::/);
    const image = await client.downloadImage(grid.imageUrl!, 20_000_000);
    expect(image.contentType).toBe("image/png");
  });

  it("lists tasks by id and echoes their state", async () => {
    const listed = await client.listTasks?.([grid.taskId, "no-such-task"]);
    expect(listed?.map((t) => [t.taskId, t.notifyId])).toEqual([[grid.taskId, "mj-notify-1"]]);
  });

  it("presses U1 by its customId and gets the upscale's buttons", async () => {
    const { taskId } = await client.act({ parentTaskId: grid.taskId, action: action(grid, "upscale:1"), notifyId: "mj-u1" });
    upscale = await waitForTask(client, taskId);
    expect(upscale.status).toBe("SUCCEEDED");
    expect(upscale.actions.map((a) => a.key)).toEqual(
      expect.arrayContaining([
        "upscale:subtle",
        "upscale:creative",
        "vary:subtle",
        "vary:strong",
        "vary_region",
        "zoom:2",
        "zoom:1.5",
        "zoom:custom",
        "pan:left",
        "pan:down",
      ]),
    );
    expect(upscale.actions.find((a) => a.key === "pan:left")?.label).toBe("Pan Left");
    // Pressing U1 again answers 21 "task exists" with the same task: accepted, not an error.
    expect(await client.act({ parentTaskId: grid.taskId, action: action(grid, "upscale:1"), notifyId: "mj-u1-again" })).toEqual({ taskId });
  });

  it("runs the other buttons: reroll, V2, zoom, pan, vary, upscale (subtle)", async () => {
    const children = [
      await client.act({ parentTaskId: grid.taskId, action: action(grid, "reroll"), notifyId: "mj-reroll" }),
      await client.act({ parentTaskId: grid.taskId, action: action(grid, "variation:2"), notifyId: "mj-v2" }),
      ...(await Promise.all(
        ["zoom:2", "pan:up", "vary:subtle", "upscale:subtle"].map((key) =>
          client.act({ parentTaskId: upscale.taskId, action: action(upscale, key), notifyId: `mj-${key}` }),
        ),
      )),
    ];
    for (const child of children) expect((await waitForTask(client, child.taskId)).status).toBe("SUCCEEDED");
  });

  it("varies a region in two steps: action, MODAL, modal with the mask", async () => {
    const image = await client.downloadImage(upscale.imageUrl!, 20_000_000);
    const { width, height } = await imageSize(image.bytes);
    const mask = await regionMask(width, height);
    const { taskId } = await client.varyRegion({
      parentTaskId: upscale.taskId,
      action: action(upscale, "vary_region"),
      mask,
      prompt: "a red door",
      notifyId: "mj-vr",
    });
    expect((await sim.mask(taskId)).equals(mask)).toBe(true);
    expect((await waitForTask(client, taskId)).status).toBe("SUCCEEDED");
    const stored = await sim.task(taskId);
    expect(stored.requests.map((r) => Object.keys(r.body).sort())).toEqual([
      ["chooseSameChannel", "customId", "state", "taskId"],
      ["maskBase64", "prompt", "taskId"],
    ]);
  });

  it("zooms by a custom factor through the modal", async () => {
    const { taskId } = await client.act({
      parentTaskId: upscale.taskId,
      action: action(upscale, "zoom:custom"),
      prompt: "a lighthouse at dusk --zoom 1.8",
      notifyId: "mj-cz",
    });
    expect((await waitForTask(client, taskId)).status).toBe("SUCCEEDED");
  });

  it("blends, describes, shortens, swaps faces, uploads and reads the seed", async () => {
    const red = await pngDataUrl(64, 64, [200, 30, 30]);
    const blue = await pngDataUrl(64, 64, [30, 30, 200]);
    const blend = await client.blend({ images: [red, blue], dimensions: "PORTRAIT", notifyId: "mj-blend" });
    expect((await waitForTask(client, blend.taskId)).status).toBe("SUCCEEDED");
    const described = await waitForTask(client, (await client.describe({ image: red, notifyId: "mj-describe" })).taskId);
    expect(described.prompts).toHaveLength(4);
    const shortened = await waitForTask(
      client,
      (await client.shorten!({ prompt: "a very beautiful highly detailed lighthouse on a cliff at dusk --ar 3:2", notifyId: "mj-shorten" })).taskId,
    );
    expect(shortened.prompts).toHaveLength(5);
    // Through a gateway the relax mode rides in the prompt (issue 10), and Midjourney keeps it.
    expect(shortened.prompts?.[4]).toMatch(/--ar 3:2 --relax$/);
    const swap = await client.faceSwap!({ sourceImage: red, targetImage: blue, notifyId: "mj-swap" });
    expect((await waitForTask(client, swap.taskId)).status).toBe("SUCCEEDED");
    const [uploaded] = await client.uploadImages!([red]);
    expect((await client.downloadImage(uploaded, 1_000_000)).contentType).toBe("image/png");
    expect(await client.seed(grid.taskId)).toMatch(/^\d+$/);
  });

  it("reports banned prompts, unknown tasks and queue refusals by their codes", async () => {
    expect(await expectVendorError(client.imagine({ prompt: "something gore", notifyId: "n" }))).toMatchObject({ code: "BANNED_PROMPT", vendorCode: 24 });
    // New API's table reads 24 as "account unavailable"; the banned word settles it.
    expect((await expectVendorError(clientFor("newapi").imagine({ prompt: "a nude statue", notifyId: "n" }))).code).toBe("BANNED_PROMPT");
    expect((await expectVendorError(client.fetchTask("no-such-task"))).code).toBe("NOT_FOUND");
    await sim.knobs({ submitErrors: { count: 1, vendorCode: 23, message: "队列已满，请稍后尝试", protocol: "mjproxy" } });
    expect(await expectVendorError(client.imagine({ prompt: "a cat", notifyId: "n" }))).toMatchObject({ code: "QUEUE_FULL", vendorCode: 23 });
  });

  it("error path: a wrong key is a bad key", async () => {
    const wrong = clientFor("newapi", "wrong-key-000000");
    expect(await wrong.checkConnection()).toMatchObject({ ok: false, failureCode: "BAD_KEY" });
    expect(await expectVendorError(wrong.imagine({ prompt: "a cat", notifyId: "n" }))).toMatchObject({ code: "BAD_KEY", httpStatus: 401 });
  });

  it("error path: failed tasks, fetch outages retried, submits sent once", async () => {
    await sim.knobs({ failTasks: { count: 1, reason: "Banned prompt detected", atStep: 1 } });
    const { taskId } = await client.imagine({ prompt: "a cat", notifyId: "mj-fail" });
    expect(await waitForTask(client, taskId)).toMatchObject({ status: "FAILED", failureCode: "BANNED_PROMPT", failureReason: "Banned prompt detected" });
    await sim.knobs({ fetchErrors: { count: 2, httpStatus: 502, protocol: "mjproxy" } });
    expect((await client.fetchTask(taskId)).status).toBe("FAILED");
    await sim.knobs({ submitErrors: { count: 1, httpStatus: 503, protocol: "mjproxy" } });
    expect((await expectVendorError(client.imagine({ prompt: "a cat", notifyId: "mj-once" }))).httpStatus).toBe(503);
    const submits = (await (await fetch(`${sim.url}/_control/submits`, { headers: { authorization: `Bearer ${SIM_KEY}` } })).json()) as {
      byNotifyId: Record<string, { total: number }>;
    };
    expect(submits.byNotifyId["mj-once"].total).toBe(1);
  });
});
