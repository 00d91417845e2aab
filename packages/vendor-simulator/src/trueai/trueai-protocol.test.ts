// The /sim/trueai mount over real HTTP: a self-hosted trueai-org/midjourney-proxy as its code
// (commit ed32197) behaves. Each test names the behaviour and where trueai does it.
import { describe, expect, it } from "vitest";
import { TEST_KEY, startTestSimulator, download, pngSize, startCallbackReceiver, waitFor, type CallbackReceiver } from "../testing/sim-test-kit";
import { trueaiTestSession } from "./trueai-test-session";

const session = trueaiTestSession();
const { trueai, button, settled, imagine, upscaleOf } = session;

describe("trueai auth and errors", () => {
  // WorkContext.cs:46-48, SimpleAuthMiddleware.cs:114-120
  it("trueai: the raw Authorization header is compared verbatim; 'Bearer <key>' is refused with 401 'Authorization header missing.'", async () => {
    const bearer = await session.sim.mj("/mj/task/1/fetch", { profile: "trueai", headers: { authorization: `Bearer ${TEST_KEY}` } });
    expect(bearer).toMatchObject({ status: 401, text: "Authorization header missing." });
    expect(bearer.type).toMatch(/^text\/plain/);
    expect((await session.sim.mj("/mj/task/1/fetch", { profile: "trueai", key: null })).status).toBe(401);
    expect((await session.sim.mj("/mj/task/1/fetch", { profile: "trueai", headers: { authorization: TEST_KEY } })).status).toBe(204);
    // No Authorization header: mj-api-secret is read instead; with a wrong Authorization it is not.
    expect((await session.sim.mj("/mj/task/1/fetch", { profile: "trueai", headers: { "mj-api-secret": TEST_KEY } })).status).toBe(204);
    expect((await session.sim.mj("/mj/task/1/fetch", { profile: "trueai", headers: { authorization: "wrong", "mj-api-secret": TEST_KEY } })).status).toBe(401);
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
  // TaskInfo.cs:112-623
  it("trueai: the task is TaskInfo in camelCase with seed, width/height, Discord url/proxyUrl, the four tiles in imageUrls and the mode", async () => {
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
    expect((await session.sim.control(`/tasks/${byPrefix}`)).json.mode).toBe("relax");
    // The prefixed paths serve the task queries too (TaskController.cs:35-37).
    expect((await trueai(`/mj-fast/mj/task/${byPrefix}/fetch`)).json.id).toBe(byPrefix);
  });

  // DiscordService.cs:1883-1925, TaskInfo.cs:946-992
  it("trueai: banned words are accepted at submit and the task fails when it starts with '可能包含敏感词' and progress ''", async () => {
    const submitted = await trueai("/mj/submit/imagine", { prompt: "a nsfw poster" });
    expect(submitted.json).toMatchObject({ code: 1, description: "提交成功" });
    const failed = await settled(submitted.json.result);
    expect(failed).toMatchObject({ status: "FAILURE", failReason: "可能包含敏感词", progress: "", imageUrl: null });
  });

  it("trueai: POST /mj/task/{id}/cancel makes the task read FAILURE '取消任务'; CANCEL is never used (TaskController.cs:86-125)", async () => {
    await session.sim.control("", { stepMs: 5000 });
    const submitted = await trueai("/mj/submit/imagine", { prompt: "a slow cat" });
    const cancelled = await session.sim.mj(`/mj/task/${submitted.json.result}/cancel`, { profile: "trueai", method: "POST" });
    expect(cancelled).toMatchObject({ status: 200, text: "" });
    expect(await settled(submitted.json.result)).toMatchObject({ status: "FAILURE", failReason: "取消任务", progress: "" });
    expect((await session.sim.mj("/mj/task/1730000000000555/cancel", { profile: "trueai", method: "POST" })).status).toBe(200);
  });

  // TaskService.cs:1917-1926
  it("trueai: shorten's answer carries the 'Shortened prompts' header and the important tokens before the first numbered prompt", async () => {
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

  // CustomComponentModel.cs:67-88, TaskService.cs:1757-1774
  it("trueai: upscales carry the ❤️ MJ::BOOKMARK and Animate buttons; Animate starts a VIDEO task, the bookmark answers code 1", async () => {
    const upscaled = await upscaleOf("a fox");
    expect(upscaled.action).toBe("UPSCALE");
    expect(button(upscaled, "Animate (High motion)")).toMatch(/^MJ::JOB::animate_high::1::[0-9a-f-]{36}::SOLO$/);
    expect(button(upscaled, "Animate (Low motion)")).toMatch(/^MJ::JOB::animate_low::1::[0-9a-f-]{36}::SOLO$/);
    expect(button(upscaled, "❤️")).toMatch(/^MJ::BOOKMARK::[0-9a-f-]{36}$/);
    const animate = await trueai("/mj/submit/action", { taskId: upscaled.id, customId: button(upscaled, "Animate (High motion)") });
    expect(animate.status).toBe(200);
    expect(animate.json.code).toBe(1);
    const video = (await trueai(`/mj/task/${animate.json.result}/fetch`)).json;
    expect(video).toMatchObject({ action: "VIDEO", parentId: upscaled.id });
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
