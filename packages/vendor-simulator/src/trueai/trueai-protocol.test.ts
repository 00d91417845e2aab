// The /sim/trueai mount over real HTTP: a self-hosted trueai-org/midjourney-proxy as its code
// (commit ed32197) behaves. Each test names the behaviour and where trueai does it.
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import {
  TEST_KEY,
  download,
  maskPng,
  mjSettled,
  pngSize,
  solidPng,
  startTestSimulator,
  startCallbackReceiver,
  waitFor,
  type MjJson,
  type TestSimulator,
  type CallbackReceiver,
} from "../testing/sim-test-kit";

let sim: TestSimulator;

beforeAll(async () => {
  sim = await startTestSimulator();
});
afterAll(async () => {
  await sim.close();
});
afterEach(async () => {
  await sim.control("/reset", {});
});

const trueai = (path: string, body?: unknown) => sim.mj(path, { profile: "trueai", body });

function button(task: MjJson, label: string): string {
  const found = (task.buttons as { label: string; emoji: string; customId: string }[]).find((b) => b.label === label || b.emoji === label);
  if (!found) throw new Error(`no button ${label} in ${JSON.stringify(task.buttons)}`);
  return found.customId;
}

async function settled(id: string): Promise<MjJson> {
  return waitFor(async () => {
    const { json } = await trueai(`/mj/task/${id}/fetch`);
    return ["SUCCESS", "FAILURE", "MODAL"].includes(json?.status) ? json : undefined;
  });
}

async function imagine(prompt: string, extra: Record<string, unknown> = {}): Promise<MjJson> {
  const submitted = await trueai("/mj/submit/imagine", { prompt, ...extra });
  expect(submitted.json.code).toBe(1);
  return settled(submitted.json.result);
}

async function upscaleOf(prompt: string): Promise<MjJson> {
  const grid = await imagine(prompt);
  const up = await trueai("/mj/submit/action", { taskId: grid.id, customId: button(grid, "U1") });
  expect(up.json.code).toBe(1);
  return settled(up.json.result);
}

describe("trueai auth and errors", () => {
  it("trueai: the raw Authorization header is compared verbatim; 'Bearer <key>' is refused with 401 'Authorization header missing.' (WorkContext.cs:46-48, SimpleAuthMiddleware.cs:114-120)", async () => {
    const bearer = await sim.mj("/mj/task/1/fetch", { profile: "trueai", headers: { authorization: `Bearer ${TEST_KEY}` } });
    expect(bearer).toMatchObject({ status: 401, text: "Authorization header missing." });
    expect(bearer.type).toMatch(/^text\/plain/);
    expect((await sim.mj("/mj/task/1/fetch", { profile: "trueai", key: null })).status).toBe(401);
    expect((await sim.mj("/mj/task/1/fetch", { profile: "trueai", headers: { authorization: TEST_KEY } })).status).toBe(204);
    // No Authorization header: mj-api-secret is read instead; with a wrong Authorization it is not.
    expect((await sim.mj("/mj/task/1/fetch", { profile: "trueai", headers: { "mj-api-secret": TEST_KEY } })).status).toBe(204);
    expect((await sim.mj("/mj/task/1/fetch", { profile: "trueai", headers: { authorization: "wrong", "mj-api-secret": TEST_KEY } })).status).toBe(401);
  });

  it("trueai: an unknown task id answers fetch with an empty HTTP 204 and image-seed with 404 code 3 (TaskController.cs:75-79, 132-160)", async () => {
    const fetched = await trueai("/mj/task/1730000000000123/fetch");
    expect(fetched).toMatchObject({ status: 204, text: "" });
    const seed = await trueai("/mj/task/1730000000000123/image-seed");
    expect(seed.status).toBe(404);
    expect(seed.json).toMatchObject({ code: 3, description: "关联任务不存在或已失效", result: null });
    const listed = await trueai("/mj/task/list-by-condition", { ids: ["1730000000000123"] });
    expect(listed.json).toEqual([]);
    expect((await trueai("/mj/task/list-by-condition", { ids: [] })).json).toEqual([]);
  });

  it("trueai: validation failures are HTTP 200 with code 4 (SubmitController.cs:139, 437-440, 503-506)", async () => {
    const empty = await trueai("/mj/submit/imagine", { prompt: " " });
    expect(empty.status).toBe(200);
    expect(empty.json).toMatchObject({ code: 4, result: null });
    expect(empty.json.description).toMatch(/prompt不能为空/);
    const noParent = await trueai("/mj/submit/action", { taskId: "1730000000000999", customId: "MJ::JOB::upsample::1::x" });
    expect(noParent.status).toBe(404);
    expect(noParent.json).toMatchObject({ code: 3, description: "关联任务不存在或已失效" });
  });

  it("trueai: an accountFilter naming an unknown instance answers code 3 '无可用的账号实例' (TaskService.cs:77-80)", async () => {
    const answer = await trueai("/mj/submit/imagine", { prompt: "a cat", accountFilter: { instanceId: "someone-else" } });
    expect(answer.status).toBe(200);
    expect(answer.json).toMatchObject({ code: 3, description: "无可用的账号实例", result: null });
  });

  it("trueai: a full queue answers code 9 '提交失败，队列已满，请稍后重试', never 23 (DiscordService.cs:1626-1632)", async () => {
    const small = await startTestSimulator({ concurrency: 1, maxQueued: 1, stepMs: 2000 });
    try {
      const codes: number[] = [];
      for (const prompt of ["one", "two", "three"]) codes.push((await small.mj("/mj/submit/imagine", { profile: "trueai", body: { prompt } })).json.code);
      expect(codes).toEqual([1, 22, 9]);
      const full = await small.mj("/mj/submit/imagine", { profile: "trueai", body: { prompt: "four" } });
      expect(full.json).toMatchObject({ code: 9, description: "提交失败，队列已满，请稍后重试", result: null });
    } finally {
      await small.close();
    }
  });
});

describe("trueai tasks", () => {
  it("trueai: the task is TaskInfo in camelCase with seed, width/height, Discord url/proxyUrl, the four tiles in imageUrls and the mode (TaskInfo.cs:112-623)", async () => {
    const grid = await imagine("a lighthouse --ar 16:9", { state: "s-info" });
    expect(grid.id).toMatch(/^\d{16}$/);
    expect(grid).toMatchObject({
      action: "IMAGINE",
      status: "SUCCESS",
      progress: "100%",
      state: "s-info",
      botType: "MID_JOURNEY",
      mode: "FAST",
      width: 1024,
      height: 576,
      parentId: null,
      failReason: null,
    });
    expect(grid.description).toBe("/imagine a lighthouse --ar 16:9");
    expect(grid.properties).toMatchObject({ finalPrompt: "a lighthouse --ar 16:9 --fast", discordInstanceId: expect.any(String) });
    expect(grid.seed).toMatch(/^\d+$/);
    expect(grid.url).toMatch(/^https:\/\/cdn\.discordapp\.com\/attachments\/\d+\/\d+\/.+\.png$/);
    expect(grid.proxyUrl).toMatch(/^https:\/\/media\.discordapp\.net\/attachments\//);
    expect(grid.imageUrls).toHaveLength(4);
    for (const tile of grid.imageUrls as { url: string; thumbnail: string }[])
      expect(await pngSize((await download(tile.url)).bytes)).toMatchObject({ width: 512, height: 288 });
    expect(await pngSize((await download(grid.imageUrl)).bytes)).toMatchObject({ width: 1024, height: 576 });
    expect(grid.submitTime).toBeLessThanOrEqual(grid.startTime);
    expect(grid.startTime).toBeLessThanOrEqual(grid.finishTime);
    const seed = await trueai(`/mj/task/${grid.id}/image-seed`);
    expect(seed.json).toEqual({ code: 1, description: "成功", properties: {}, result: grid.seed });
  });

  it("trueai: a /mj-relax path prefix, accountFilter.modes or a --relax flag picks the speed, in that order (SubmitController.cs:1262-1307)", async () => {
    const submit = async (path: string, body: Record<string, unknown>) => (await trueai(path, body)).json.result as string;
    const byPrefix = await submit("/mj-relax/mj/submit/imagine", { prompt: "a cat --turbo", accountFilter: { modes: ["FAST"] } });
    const byFilter = await submit("/mj/submit/imagine", { prompt: "a cat --turbo", accountFilter: { modes: ["RELAX"] } });
    const byFlag = await submit("/mj/submit/imagine", { prompt: "a cat --relax" });
    const byDefault = await submit("/mj/submit/imagine", { prompt: "a cat" });
    const modes = await Promise.all([byPrefix, byFilter, byFlag, byDefault].map(async (id) => (await settled(id)).mode));
    expect(modes).toEqual(["RELAX", "RELAX", "RELAX", "FAST"]);
    expect((await sim.control(`/tasks/${byPrefix}`)).json.mode).toBe("relax");
    // The prefixed paths serve the task queries too (TaskController.cs:35-37).
    expect((await trueai(`/mj-fast/mj/task/${byPrefix}/fetch`)).json.id).toBe(byPrefix);
  });

  it("trueai: banned words are accepted at submit and the task fails when it starts with '可能包含敏感词' and progress '' (DiscordService.cs:1883-1925, TaskInfo.cs:946-992)", async () => {
    const submitted = await trueai("/mj/submit/imagine", { prompt: "a nsfw poster" });
    expect(submitted.json).toMatchObject({ code: 1, description: "提交成功" });
    const failed = await settled(submitted.json.result);
    expect(failed).toMatchObject({ status: "FAILURE", failReason: "可能包含敏感词", progress: "", imageUrl: null });
  });

  it("trueai: POST /mj/task/{id}/cancel makes the task read FAILURE '取消任务'; CANCEL is never used (TaskController.cs:86-125)", async () => {
    await sim.control("", { stepMs: 5000 });
    const submitted = await trueai("/mj/submit/imagine", { prompt: "a slow cat" });
    const cancelled = await sim.mj(`/mj/task/${submitted.json.result}/cancel`, { profile: "trueai", method: "POST" });
    expect(cancelled).toMatchObject({ status: 200, text: "" });
    expect(await settled(submitted.json.result)).toMatchObject({ status: "FAILURE", failReason: "取消任务", progress: "" });
    expect((await sim.mj("/mj/task/1730000000000555/cancel", { profile: "trueai", method: "POST" })).status).toBe(200);
  });

  it("trueai: shorten's answer carries the 'Shortened prompts' header and the important tokens before the first numbered prompt (TaskService.cs:1917-1926)", async () => {
    const submitted = await trueai("/mj/submit/shorten", { prompt: "a very beautiful castle on a hill with dramatic clouds --ar 16:9" });
    const done = await settled(submitted.json.result);
    expect(done).toMatchObject({ action: "SHORTEN", status: "SUCCESS" });
    const text = done.properties.finalPrompt as string;
    expect(done.description).toBe(text);
    const firstPrompt = text.indexOf("1️⃣");
    expect(text.slice(0, firstPrompt)).toMatch(/Important tokens[\s\S]*\*\*castle\*\*[\s\S]*Shortened prompts\s*$/);
    expect(text.slice(firstPrompt).match(/[1-5]\uFE0F\u20E3/gu)).toHaveLength(5);
    // trueai's action controller has no branch for PromptAnalyzer (SubmitController.cs:683-688).
    expect(button(done, "1")).toBe("MJ::Job::PromptAnalyzer::1");
    const pressed = await trueai("/mj/submit/action", { taskId: done.id, customId: button(done, "1") });
    expect(pressed.json).toMatchObject({ code: 4, description: "未知的 Action 类型" });
  });

  it("trueai: notifyHook receives the whole task object each time status:progress moves forward (NotifyService.cs:64-138)", async () => {
    const receiver: CallbackReceiver = await startCallbackReceiver();
    try {
      const submitted = await trueai("/mj/submit/imagine", { prompt: "a hooked cat", notifyHook: receiver.url, state: "hook-1" });
      const final = await settled(submitted.json.result);
      await waitFor(async () => receiver.received.some((r) => r.body.status === "SUCCESS"));
      expect(receiver.received.map((r) => `${r.body.status}:${r.body.progress}`)).toEqual([
        "SUBMITTED:0%",
        "IN_PROGRESS:20%",
        "IN_PROGRESS:40%",
        "IN_PROGRESS:60%",
        "IN_PROGRESS:80%",
        "SUCCESS:100%",
      ]);
      expect(receiver.received.at(-1)?.body).toEqual(final);
      expect(final.properties.notifyHook).toBe(receiver.url);
    } finally {
      await receiver.close();
    }
  });

  it("trueai: upscales carry the ❤️ MJ::BOOKMARK and Animate buttons; Animate answers a clear code 4, the bookmark code 1 with the parent's id (CustomComponentModel.cs:67-88, TaskService.cs:1757-1774)", async () => {
    const upscaled = await upscaleOf("a fox");
    expect(upscaled.action).toBe("UPSCALE");
    expect(button(upscaled, "Animate (High motion)")).toMatch(/^MJ::JOB::animate_high::1::[0-9a-f-]{36}::SOLO$/);
    expect(button(upscaled, "Animate (Low motion)")).toMatch(/^MJ::JOB::animate_low::1::[0-9a-f-]{36}::SOLO$/);
    expect(button(upscaled, "❤️")).toMatch(/^MJ::BOOKMARK::[0-9a-f-]{36}$/);
    const animate = await trueai("/mj/submit/action", { taskId: upscaled.id, customId: button(upscaled, "Animate (High motion)") });
    expect(animate.status).toBe(200);
    expect(animate.json.code).toBe(4);
    expect(animate.json.description).toMatch(/not supported by the simulator yet/);
    const liked = await trueai("/mj/submit/action", { taskId: upscaled.id, customId: button(upscaled, "❤️") });
    expect(liked.json).toMatchObject({ code: 1, description: "成功", result: upscaled.id });
  });

  it("trueai: pressing U1 twice makes a second upscale; trueai has no 'task exists' answer (SubmitController.cs:520-537)", async () => {
    const grid = await imagine("a pear");
    const first = await trueai("/mj/submit/action", { taskId: grid.id, customId: button(grid, "U1") });
    const second = await trueai("/mj/submit/action", { taskId: grid.id, customId: button(grid, "U1") });
    expect([first.json.code, second.json.code]).toEqual([1, 1]);
    expect(second.json.result).not.toBe(first.json.result);
  });
});

describe("trueai remix and modal", () => {
  it("trueai: with Remix on, V1 answers 21 'Waiting for window confirm' and waits in MODAL until /mj/submit/modal; a blank prompt falls back to the parent's (TaskService.cs:1965-2011, SubmitController.cs:714-732)", async () => {
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
  });

  it("trueai: Vary (Subtle), pans and reroll also wait for the modal with Remix on, and run at once with Remix switched off by the knob (TaskService.cs:1965-2011)", async () => {
    const upscaled = await upscaleOf("a boat");
    for (const label of ["Vary (Subtle)", "Vary (Strong)", "⬅️"]) {
      expect((await trueai("/mj/submit/action", { taskId: upscaled.id, customId: button(upscaled, label) })).json.code).toBe(21);
    }
    const grid = await imagine("a road");
    expect((await trueai("/mj/submit/action", { taskId: grid.id, customId: button(grid, "🔄") })).json.code).toBe(21);
    await sim.control("", { trueai: { remix: false } });
    expect((await sim.control("")).json.settings.trueai).toEqual({ remix: false });
    const v1 = await trueai("/mj/submit/action", { taskId: grid.id, customId: button(grid, "V1") });
    expect(v1.json).toMatchObject({ code: 1, description: "提交成功" });
    expect(await settled(v1.json.result)).toMatchObject({ status: "SUCCESS", action: "VARIATION" });
  });

  it("trueai: Vary (Region) is saved as MODAL before its 21 answer, with an empty finalPrompt; the mask works with or without the data: prefix (TaskService.cs:1696-1719, DiscordService.cs:3568)", async () => {
    await sim.control("", { trueai: { remix: false } });
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
    await sim.control("", { modalDelayMs: 400 });
    const started = Date.now();
    const modal = await trueai("/mj/submit/modal", { taskId: v1.json.result, prompt: "", state: "slow-modal" });
    expect(Date.now() - started).toBeGreaterThanOrEqual(390);
    expect(modal.json.code).toBe(1);
    expect((await settled(v1.json.result)).status).toBe("SUCCESS");
    const submits = (await sim.control("/submits")).json;
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
