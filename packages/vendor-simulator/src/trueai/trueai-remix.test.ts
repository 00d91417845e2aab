// The /sim/trueai mount over real HTTP, second part: Remix and the modal step, and the CDN host
// (trueai-org/midjourney-proxy commit ed32197). Each test names the behaviour and where trueai does it.
import { describe, expect, it } from "vitest";
import { TEST_KEY, startTestSimulator, download, maskPng, mjSettled, solidPng, waitFor, type MjJson } from "../testing/sim-test-kit";
import { trueaiTestSession } from "./trueai-test-session";

const session = trueaiTestSession();
const { trueai, button, settled, imagine, upscaleOf } = session;

describe("trueai remix and modal", () => {
  // TaskService.cs:1965-2011, SubmitController.cs:714-732
  it(
    "trueai: with Remix on, V1 answers 21 'Waiting for window confirm' and waits in MODAL until /mj/submit/modal; a blank prompt falls back to the " +
      "parent's",
    async () => {
      const grid = await imagine("a tree --ar 1:1");
      expect(grid.buttons.map((b: MjJson) => b.label || b.emoji).slice(0, 6)).toEqual(["U1", "U2", "U3", "U4", "🔄", "V1"]);
      const v1 = await trueai("/mj/submit/action", { taskId: grid.id, customId: button(grid, "V1"), state: "remix-1" });
      expect(v1.json).toMatchObject({ code: 21, description: "Waiting for window confirm", properties: { finalPrompt: "a tree --ar 1:1", remix: true } });
      const parked = await settled(v1.json.result);
      expect(parked).toMatchObject({ status: "MODAL", action: "VARIATION", progress: null, parentId: grid.id });
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect((await trueai(`/mj/task/${parked.id}/fetch`)).json.status).toBe("MODAL");
      const modal = await trueai("/mj/submit/modal", { taskId: parked.id, prompt: "" });
      expect(modal.json).toMatchObject({ code: 1, result: parked.id });
      expect(await settled(parked.id)).toMatchObject({ status: "SUCCESS", prompt: "a tree --ar 1:1", state: "remix-1" });
      // A remix: the edited prompt replaces the parent's.
      const v2 = await trueai("/mj/submit/action", { taskId: grid.id, customId: button(grid, "V2") });
      expect(v2.json.code).toBe(21);
      expect((await trueai("/mj/submit/modal", { taskId: v2.json.result, prompt: "a tree in autumn --ar 1:1" })).json.code).toBe(1);
      expect(await settled(v2.json.result)).toMatchObject({ status: "SUCCESS", prompt: "a tree in autumn --ar 1:1" });
      // A second modal for a task that no longer waits is queued and skipped: code 1, nothing changes (DiscordService.cs:1927).
      expect((await trueai("/mj/submit/modal", { taskId: v2.json.result, prompt: "something else" })).json).toMatchObject({ code: 1, result: v2.json.result });
      expect((await trueai(`/mj/task/${v2.json.result}/fetch`)).json.prompt).toBe("a tree in autumn --ar 1:1");
    },
  );

  // TaskService.cs:1965-2011
  it("trueai: Vary (Subtle), pans and reroll also wait for the modal with Remix on, and run at once with Remix switched off by the knob", async () => {
    const upscaled = await upscaleOf("a boat");
    for (const label of ["Vary (Subtle)", "Vary (Strong)", "⬅️"]) {
      expect((await trueai("/mj/submit/action", { taskId: upscaled.id, customId: button(upscaled, label) })).json.code).toBe(21);
    }
    const grid = await imagine("a road");
    expect((await trueai("/mj/submit/action", { taskId: grid.id, customId: button(grid, "🔄") })).json.code).toBe(21);
    await session.sim.control("", { trueai: { remix: false } });
    expect((await session.sim.control("")).json.settings.trueai).toEqual({ remix: false });
    const v1 = await trueai("/mj/submit/action", { taskId: grid.id, customId: button(grid, "V1") });
    expect(v1.json).toMatchObject({ code: 1, description: "提交成功" });
    expect(await settled(v1.json.result)).toMatchObject({ status: "SUCCESS", action: "VARIATION" });
  });

  // TaskService.cs:1696-1719, DiscordService.cs:3568
  it("trueai: Vary (Region) is saved as MODAL before its 21 answer, with an empty finalPrompt; the mask works with or without the data: prefix", async () => {
    await session.sim.control("", { trueai: { remix: false } });
    const upscaled = await upscaleOf("a castle --ar 3:2");
    const mask = await maskPng(upscaled.width, upscaled.height, { left: 10, top: 10, width: 100, height: 80 });
    for (const maskBase64 of [mask.toString("base64"), `data:image/png;base64,${mask.toString("base64")}`]) {
      const vary = await trueai("/mj/submit/action", { taskId: upscaled.id, customId: button(upscaled, "Vary (Region)") });
      expect(vary.json).toMatchObject({ code: 21, description: "Waiting for window confirm", properties: { finalPrompt: "", remix: true } });
      // Saved before the answer: it can be fetched at once.
      expect((await trueai(`/mj/task/${vary.json.result}/fetch`)).json).toMatchObject({ status: "MODAL", action: "VARIATION", prompt: "" });
      const modal = await trueai("/mj/submit/modal", { taskId: vary.json.result, prompt: "a flag on the tower", maskBase64 });
      expect(modal.json).toMatchObject({ code: 1, result: vary.json.result });
      expect(await settled(vary.json.result)).toMatchObject({
        status: "SUCCESS",
        prompt: "a flag on the tower",
        width: upscaled.width,
        height: upscaled.height,
      });
    }
  });

  it("trueai: a modal with no prompt for a parent without one (a blend) is refused with code 4 'prompt不能为空' (SubmitController.cs:714-737)", async () => {
    const png = `data:image/png;base64,${(await solidPng(64, 64, "#ff0000")).toString("base64")}`;
    const blend = await settled((await trueai("/mj/submit/blend", { base64Array: [png, png], dimensions: "SQUARE" })).json.result);
    expect(blend).toMatchObject({ action: "BLEND", status: "SUCCESS", prompt: "" });
    const up = await settled((await trueai("/mj/submit/action", { taskId: blend.id, customId: button(blend, "U2") })).json.result);
    const vary = await trueai("/mj/submit/action", { taskId: up.id, customId: button(up, "Vary (Region)") });
    const mask = await maskPng(up.width, up.height, { left: 5, top: 5, width: 50, height: 50 });
    const refused = await trueai("/mj/submit/modal", { taskId: vary.json.result, maskBase64: mask.toString("base64") });
    expect(refused.status).toBe(200);
    expect(refused.json).toMatchObject({ code: 4, description: "prompt不能为空", result: null });
    expect((await trueai("/mj/submit/modal", { taskId: vary.json.result, prompt: "a red square", maskBase64: mask.toString("base64") })).json.code).toBe(1);
    expect((await settled(vary.json.result)).status).toBe("SUCCESS");
  });

  it("trueai: Custom Zoom is saved as MODAL and answers 21 with the parent's final prompt; the modal's --zoom runs it (TaskService.cs:1696-1719)", async () => {
    const upscaled = await upscaleOf("a valley");
    const zoom = await trueai("/mj/submit/action", { taskId: upscaled.id, customId: button(upscaled, "Custom Zoom") });
    expect(zoom.json).toMatchObject({ code: 21, properties: { finalPrompt: "a valley", remix: true } });
    expect((await trueai("/mj/submit/modal", { taskId: zoom.json.result, prompt: "a valley --zoom 1.5" })).json.code).toBe(1);
    expect(await settled(zoom.json.result)).toMatchObject({ status: "SUCCESS", action: "ZOOM", description: "Waiting for window confirm" });
  });

  it("the modalDelayMs knob delays the answer to /mj/submit/modal, and the modal is taken once", async () => {
    const grid = await imagine("a slow window");
    const v1 = await trueai("/mj/submit/action", { taskId: grid.id, customId: button(grid, "V1"), state: "slow-modal" });
    await session.sim.control("", { modalDelayMs: 400 });
    const started = Date.now();
    const modal = await trueai("/mj/submit/modal", { taskId: v1.json.result, prompt: "", state: "slow-modal" });
    expect(Date.now() - started).toBeGreaterThanOrEqual(390);
    expect(modal.json.code).toBe(1);
    expect((await settled(v1.json.result)).status).toBe("SUCCESS");
    const submits = (await session.sim.control("/submits")).json;
    expect(submits.byNotifyId["slow-modal"]).toEqual({ total: 2, accepted: 2 });
    expect(submits.byTaskId[v1.json.result]).toEqual({ total: 2, accepted: 2, endpoints: { "submit/action": 1, "submit/modal": 1 } });
  });
});

describe("trueai's CDN host", () => {
  it("trueai: image links point at the CDN origin, not the API host; the standalone server serves the files there (cdnHost)", async () => {
    const cdn = await startTestSimulator({ cdnHost: "127.0.0.2" });
    try {
      expect(cdn.server.cdnOrigin).toBe(`http://127.0.0.2:${cdn.server.port}`);
      const submitted = await cdn.mj("/mj/submit/imagine", { profile: "trueai", body: { prompt: "a cdn cat" } });
      const done = await waitFor(async () => {
        const { json } = await cdn.mj(`/mj/task/${submitted.json.result}/fetch`, { profile: "trueai" });
        return json?.status === "SUCCESS" ? json : undefined;
      });
      expect(new URL(done.imageUrl).origin).toBe(cdn.server.cdnOrigin);
      expect(new URL(done.imageUrls[0].url).origin).toBe(cdn.server.cdnOrigin);
      expect((await download(done.imageUrl)).type).toBe("image/png");
      // The CDN host serves files only, and the API host's own origin is not in the task.
      expect((await fetch(`${cdn.server.cdnOrigin}/sim/trueai/mj/task/${done.id}/fetch`, { headers: { authorization: TEST_KEY } })).status).toBe(404);
      expect(JSON.stringify(done)).not.toContain(cdn.server.origin);
      const mjproxy = await mjSettled(cdn, (await cdn.mj("/mj/submit/imagine", { body: { prompt: "a documented cat" } })).json.result);
      expect(new URL(mjproxy.imageUrl).origin).toBe(cdn.server.origin);
    } finally {
      await cdn.close();
    }
  });
});
