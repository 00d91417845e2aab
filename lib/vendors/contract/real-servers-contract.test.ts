// The midjourney-proxy adapter against the simulator's real-server profiles over real HTTP:
// /sim/newapi (New API as its code answers), /sim/trueai (a self-hosted trueai-org proxy with
// Remix on and its images on a CDN host, 127.0.0.2) and /sim/novicezk (mj-api-secret only).
import type { MjproxyProfile } from "@/lib/domain/vendor-protocol";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createVendorClient } from "../create-vendor-client";
import { expectVendorError } from "../testing/expect-vendor-error";
import type { TaskSnapshot, VendorClient } from "../types";
import { FAST, imageSize, regionMask, SIM_KEY, startSimulatorHarness, waitForTask, type SimulatorHarness } from "./simulator-harness";

let sim: SimulatorHarness;
const mount = (name: string) => `${sim.url}/${name}`;
const clientFor = (
  profile: MjproxyProfile,
  base: string,
  extra: { apiKey?: string; imageHosts?: string[]; defaultMode?: "fast" | "relax" } = {},
): VendorClient =>
  createVendorClient(
    { protocol: "mjproxy", profile, baseUrl: base, apiKey: extra.apiKey ?? SIM_KEY, defaultMode: extra.defaultMode ?? "fast", imageHosts: extra.imageHosts },
    FAST,
  );
const cdnHost = () => new URL(sim.cdnOrigin!).host;

beforeAll(async () => {
  // New API's poller every 150 ms instead of 15 s: long enough to see its empty first status.
  sim = await startSimulatorHarness({ cdnHost: "127.0.0.2", newapi: { pollerMs: 150 } });
});
afterAll(() => sim?.close());
beforeEach(() => sim.reset());

/**
 * Until the task ends. A confirmed dialog may still read MODAL for a moment (trueai queues the
 * modal; New API copies the state every poll), so NEEDS_INPUT is not an end here.
 */
async function waitForEnd(client: VendorClient, taskId: string): Promise<TaskSnapshot> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const snapshot = await waitForTask(client, taskId);
    if (snapshot.status !== "NEEDS_INPUT" || Date.now() > deadline) return snapshot;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const action = (snapshot: TaskSnapshot, key: string) => {
  const found = snapshot.actions.find((a) => a.key === key);
  if (!found) throw new Error(`${snapshot.taskId} offers no ${key}: ${snapshot.actions.map((a) => a.key).join(", ")}`);
  return found;
};

describe("[CONTRACT newapi] New API as it really answers", () => {
  it("accepts the key (Bearer), refuses a wrong one, and answers an unknown id with HTTP 400 code 4 read as NOT_FOUND", async () => {
    expect(await clientFor("newapi", mount("newapi")).checkConnection()).toMatchObject({ ok: true });
    expect(await clientFor("newapi", mount("newapi"), { apiKey: "wrong-key-000000" }).checkConnection()).toMatchObject({ ok: false, failureCode: "BAD_KEY" });
    expect(await clientFor("dataeyes", mount("newapi")).checkConnection()).toMatchObject({ ok: true });
    expect((await expectVendorError(clientFor("newapi", mount("newapi")).fetchTask("1732000000000000"))).code).toBe("NOT_FOUND");
  });

  it("reads the empty first status as submitted, runs relax as a prompt flag, and stores images from its ServerAddress links", async () => {
    const client = clientFor("newapi", mount("newapi"), { defaultMode: "relax" });
    // Its poller far away: the task keeps the status "" it was stored with (relay-mj.go:529-547).
    await sim.knobs({ newapi: { pollerMs: 60_000 } });
    const { taskId } = await client.imagine({ prompt: "a lighthouse at dusk", notifyId: "na-1" });
    expect(await client.fetchTask(taskId)).toMatchObject({ status: "SUBMITTED", progress: 0 });
    await sim.knobs({ newapi: { pollerMs: 150 } });
    const grid = await waitForTask(client, taskId);
    expect(grid.status).toBe("SUCCEEDED");
    expect((await sim.task(taskId)).mode).toBe("relax");
    expect(grid.imageUrl).toBe(`${mount("newapi")}/mj/image/${taskId}`);
    expect((await client.downloadImage(grid.imageUrl!, 20_000_000)).contentType).toMatch(/^image\//);
  });

  it("runs imagine -> U1 -> Vary (Region): the modal goes out right after the action", async () => {
    const client = clientFor("newapi", mount("newapi"));
    const grid = await waitForTask(client, (await client.imagine({ prompt: "a harbour at dawn", notifyId: "na-2" })).taskId);
    const upscale = await waitForTask(client, (await client.act({ parentTaskId: grid.taskId, action: action(grid, "upscale:1"), notifyId: "na-3" })).taskId);
    expect(upscale.status).toBe("SUCCEEDED");
    const { width, height } = await imageSize((await client.downloadImage(upscale.imageUrl!, 20_000_000)).bytes);
    const mask = await regionMask(width, height);
    const { taskId } = await client.varyRegion({
      parentTaskId: upscale.taskId,
      action: action(upscale, "vary_region"),
      mask,
      prompt: "a red boat",
      notifyId: "na-4",
    });
    const varied = await waitForEnd(client, taskId);
    expect(varied.status).toBe("SUCCEEDED");
    expect((await client.downloadImage(varied.imageUrl!, 20_000_000)).contentType).toMatch(/^image\//);
  });
});

describe("[CONTRACT trueai] a self-hosted trueai-org/midjourney-proxy (generic profile)", () => {
  it('accepts the raw key, refuses a wrong one ("Authorization header missing."), and reads 204 as NOT_FOUND', async () => {
    expect(await clientFor("generic", mount("trueai")).checkConnection()).toMatchObject({ ok: true });
    expect(await clientFor("generic", mount("trueai"), { apiKey: "wrong-key-000000" }).checkConnection()).toMatchObject({ ok: false, failureCode: "BAD_KEY" });
    expect((await expectVendorError(clientFor("generic", mount("trueai")).fetchTask("1732000000000000"))).code).toBe("NOT_FOUND");
  });

  it("gives seed, size and the four tiles; images on the CDN host only once an admin lists it", async () => {
    const refused = clientFor("generic", mount("trueai"));
    const grid = await waitForTask(refused, (await refused.imagine({ prompt: "a quiet forest", notifyId: "ta-1" })).taskId);
    expect(grid).toMatchObject({ status: "SUCCEEDED", seed: expect.stringMatching(/^\d+$/), width: expect.any(Number), height: expect.any(Number) });
    expect(grid.tileUrls).toHaveLength(4);
    expect(new URL(grid.imageUrl!).host).toBe(cdnHost());
    expect((await expectVendorError(refused.downloadImage(grid.imageUrl!, 20_000_000))).message).toMatch(/add it as an image host/);
    const allowed = clientFor("generic", mount("trueai"), { imageHosts: [cdnHost()] });
    expect((await allowed.downloadImage(grid.imageUrl!, 20_000_000)).contentType).toMatch(/^image\//);
    expect((await allowed.downloadImage(grid.tileUrls![0], 20_000_000)).contentType).toMatch(/^image\//);
  });

  it("confirms V1 parked in MODAL by a remix-mode account, with the user's edited prompt", async () => {
    await sim.knobs({ trueai: { remix: true } });
    const client = clientFor("generic", mount("trueai"), { imageHosts: [cdnHost()] });
    const grid = await waitForTask(client, (await client.imagine({ prompt: "a cold river", notifyId: "ta-2" })).taskId);
    const { taskId } = await client.act({
      parentTaskId: grid.taskId,
      action: action(grid, "variation:1"),
      prompt: "a cold river at night",
      defaultPrompt: "a cold river",
      notifyId: "ta-3",
    });
    expect((await waitForEnd(client, taskId)).status).toBe("SUCCEEDED");
    const bodies = (await sim.task(taskId)).requests.map((r) => r.body);
    expect(bodies.at(-1)).toMatchObject({ taskId, prompt: "a cold river at night" });
  });

  it("hands a Vary (Region) whose slow modal answer was lost back as waiting, and the task still finishes", async () => {
    const client = clientFor("generic", mount("trueai"), { imageHosts: [cdnHost()] });
    const grid = await waitForTask(client, (await client.imagine({ prompt: "a tin roof", notifyId: "ta-9" })).taskId);
    const upscale = await waitForTask(client, (await client.act({ parentTaskId: grid.taskId, action: action(grid, "upscale:1"), notifyId: "ta-10" })).taskId);
    const { width, height } = await imageSize((await client.downloadImage(upscale.imageUrl!, 20_000_000)).bytes);
    await sim.knobs({ modalDelayMs: 1500 });
    const impatient = createVendorClient(
      { protocol: "mjproxy", profile: "generic", baseUrl: mount("trueai"), apiKey: SIM_KEY, defaultMode: "fast", timeoutMs: 400 },
      FAST,
    );
    const result = await impatient.varyRegion({
      parentTaskId: upscale.taskId,
      action: action(upscale, "vary_region"),
      mask: await regionMask(width, height),
      prompt: "rust",
      notifyId: "ta-11",
    });
    expect(result.snapshot).toMatchObject({ taskId: result.taskId, status: "NEEDS_INPUT" });
    expect(result.snapshot?.inputReason).toBeUndefined();
    expect((await waitForEnd(client, result.taskId)).status).toBe("SUCCEEDED");
  });

  it("fails a banned word later as BANNED_PROMPT", async () => {
    const client = clientFor("generic", mount("trueai"));
    const { taskId } = await client.imagine({ prompt: "something gore", notifyId: "ta-4" });
    expect(await waitForTask(client, taskId)).toMatchObject({ status: "FAILED", failureCode: "BANNED_PROMPT" });
  });

  it('reads a cancelled task (FAILURE "取消任务") as CANCELLED', async () => {
    const client = clientFor("generic", mount("trueai"));
    await sim.knobs({ stepMs: 2000 });
    const { taskId } = await client.imagine({ prompt: "a slow sunrise", notifyId: "ta-5" });
    const cancelled = await fetch(`${mount("trueai")}/mj/task/${taskId}/cancel`, { method: "POST", headers: { Authorization: SIM_KEY } });
    expect(cancelled.ok).toBe(true);
    expect(await waitForTask(client, taskId)).toMatchObject({ status: "CANCELLED" });
  });

  it('keeps the "Shortened prompts" header and analysis out of the shortened prompts', async () => {
    const client = clientFor("generic", mount("trueai"));
    const shortened = await waitForTask(
      client,
      (await client.shorten!({ prompt: "a very beautiful highly detailed lighthouse on a cliff at dusk --ar 3:2", notifyId: "ta-6" })).taskId,
    );
    expect(shortened.prompts).toHaveLength(5);
    for (const prompt of shortened.prompts ?? []) expect(prompt).not.toMatch(/shortened prompts|important tokens/i);
  });

  it("reads code 3 (no account) and code 9 (failure, with its words)", async () => {
    const client = clientFor("generic", mount("trueai"));
    await sim.knobs({ submitErrors: { count: 1, vendorCode: 3, message: "无可用的账号实例", protocol: "mjproxy" } });
    expect(await expectVendorError(client.imagine({ prompt: "a cat", notifyId: "ta-7" }))).toMatchObject({ code: "NO_ACCOUNT", vendorCode: 3 });
    await sim.knobs({ submitErrors: { count: 1, vendorCode: 9, message: "提交失败，队列已满，请稍后重试", protocol: "mjproxy" } });
    expect(await expectVendorError(client.imagine({ prompt: "a cat", notifyId: "ta-8" }))).toMatchObject({ code: "QUEUE_FULL", vendorCode: 9 });
  });
});

describe("[CONTRACT novicezk] novicezk/midjourney-proxy reads only mj-api-secret", () => {
  it("accepts the key, refuses a wrong one, and finishes an imagine", async () => {
    const client = clientFor("generic", mount("novicezk"));
    expect(await client.checkConnection()).toMatchObject({ ok: true });
    expect(await clientFor("generic", mount("novicezk"), { apiKey: "wrong-key-000000" }).checkConnection()).toMatchObject({
      ok: false,
      failureCode: "BAD_KEY",
    });
    const grid = await waitForTask(client, (await client.imagine({ prompt: "a paper boat", notifyId: "nz-1" })).taskId);
    expect(grid.status).toBe("SUCCEEDED");
    expect((await client.downloadImage(grid.imageUrl!, 20_000_000)).contentType).toMatch(/^image\//);
  });
});
