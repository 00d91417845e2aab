// The /sim/newapi mount over real HTTP: New API (Calcium-Ion/new-api ef8ae4d) as it really
// answers, in front of the trueai upstream. "NA" = New API; each test names where it does it.
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { TEST_KEY, maskPng, pngSize, startTestSimulator, startCallbackReceiver, waitFor, type MjJson, type TestSimulator } from "../testing/sim-test-kit";

let sim: TestSimulator;

beforeAll(async () => {
  sim = await startTestSimulator({ newapi: { pollerMs: 60 } });
});
afterAll(async () => {
  await sim.close();
});
afterEach(async () => {
  await sim.control("/reset", {});
});

const na = (path: string, body?: unknown) => sim.mj(path, { profile: "newapi", body });

function button(task: MjJson, label: string): string {
  const found = (task.buttons as { label: string; emoji: string; customId: string }[]).find((b) => b.label === label || b.emoji === label);
  if (!found) throw new Error(`no button ${label} in ${JSON.stringify(task.buttons)}`);
  return found.customId;
}

/** New API's copy of a task, once it reads one of the statuses (and passes the check). */
async function naCopy(id: string, statuses = ["SUCCESS", "FAILURE"], check: (copy: MjJson) => boolean = () => true): Promise<MjJson> {
  return waitFor(async () => {
    const { json } = await na(`/mj/task/${id}/fetch`);
    return statuses.includes(json?.status) && check(json) ? json : undefined;
  });
}

/** The upstream (trueai) task behind New API, as the simulator stored it. */
async function upstream(id: string): Promise<MjJson> {
  return (await sim.control(`/tasks/${id}`)).json;
}

async function upstreamDone(id: string): Promise<MjJson> {
  return waitFor(async () => {
    const task = await upstream(id);
    return ["succeeded", "failed"].includes(task.phase) ? task : undefined;
  });
}

async function imagine(prompt: string, extra: Record<string, unknown> = {}): Promise<MjJson> {
  const submitted = await na("/mj/submit/imagine", { prompt, ...extra });
  expect(submitted.json.code).toBe(1);
  return naCopy(submitted.json.result);
}

describe("New API auth and errors", () => {
  // middleware/auth.go:185-209, middleware/utils.go:9-19, model/token.go:73-115
  it("New API: a wrong or missing key answers HTTP 401 {error: {message: '无效的令牌 …', type: 'new_api_error'}}", async () => {
    const wrong = await sim.mj("/mj/task/1/fetch", { profile: "newapi", key: "wrong" });
    expect(wrong.status).toBe(401);
    expect(wrong.json).toEqual({ error: { message: expect.stringMatching(/^无效的令牌 \(request id: \w+\)$/), type: "new_api_error" } });
    const missing = await sim.mj("/mj/task/1/fetch", { profile: "newapi", key: null });
    expect(missing.json.error.message).toMatch(/^未提供令牌/);
    // "Bearer " and "sk-" are removed; mj-api-secret is read when Authorization is empty.
    expect((await sim.mj("/mj/task/1/fetch", { profile: "newapi", headers: { authorization: `Bearer sk-${TEST_KEY}` } })).status).toBe(400);
    expect((await sim.mj("/mj/task/1/fetch", { profile: "newapi", headers: { "mj-api-secret": TEST_KEY } })).status).toBe(400);
    // gin answers an unknown route before any key check.
    expect(await sim.mj("/mj/nothing", { profile: "newapi", key: null })).toMatchObject({ status: 404, text: "404 page not found" });
  });

  // controller/relay.go:313-323, relay-mj.go:255-342
  it(
    "New API: an unknown task id answers fetch and image-seed with HTTP 400 {description: 'task_no_found ', type: 'upstream_error', code: 4}; " +
      "list-by-condition leaves it out",
    async () => {
      const fetched = await na("/mj/task/1730000000000123/fetch");
      expect(fetched.status).toBe(400);
      expect(fetched.json).toEqual({ description: "task_no_found ", type: "upstream_error", code: 4 });
      expect((await na("/mj/task/1730000000000123/image-seed")).json).toEqual({ description: "task_no_found ", type: "upstream_error", code: 4 });
      expect((await na("/mj/task/list-by-condition", { ids: ["1730000000000123"] })).json).toEqual([]);
      expect((await na("/mj/task/list-by-condition", { ids: [] })).json).toEqual([]);
      expect((await na("/mj/submit/imagine", { prompt: "" })).json).toEqual({ description: "prompt_is_required ", type: "upstream_error", code: 4 });
    },
  );
});

describe("New API's own copy of a task", () => {
  // relay-mj.go:529-547, controller/midjourney.go:21-173
  it("New API: a new task's status is empty until its poller runs, then shows the upstream as of the last tick", async () => {
    await sim.control("", { newapi: { pollerMs: 3_600_000 } });
    const submitted = await na("/mj/submit/imagine", { prompt: "a quiet lake", state: "na-lag" });
    expect(submitted.json).toMatchObject({ code: 1, description: "提交成功" });
    const id = submitted.json.result as string;
    const first = (await na(`/mj/task/${id}/fetch`)).json;
    expect(first).toEqual({
      id,
      action: "IMAGINE",
      customId: "",
      botType: "",
      prompt: "a quiet lake",
      promptEn: "",
      description: "提交成功",
      state: "",
      submitTime: expect.any(Number),
      startTime: 0,
      finishTime: 0,
      imageUrl: "",
      status: "",
      progress: "0%",
      failReason: "",
      buttons: null,
      maskBase64: "",
      properties: null,
    });
    // The upstream finishes; New API does not know until its poller asks.
    await upstreamDone(id);
    expect((await na(`/mj/task/${id}/fetch`)).json).toMatchObject({ status: "", progress: "0%" });
    await sim.control("", { newapi: { pollerMs: 50 } });
    const copied = await naCopy(id);
    expect(Object.keys(copied)).toEqual(Object.keys(first));
    expect(copied).toMatchObject({
      status: "SUCCESS",
      progress: "100%",
      state: "na-lag",
      promptEn: "a quiet lake",
      description: "提交成功",
      properties: { finalPrompt: "a quiet lake --fast", finalZhPrompt: "" },
    });
    expect(Object.keys(copied.properties)).toEqual(["finalPrompt", "finalZhPrompt"]);
    expect(copied.buttons.map((b: MjJson) => b.label || b.emoji)).toContain("U1");
    expect(copied.startTime).toBeGreaterThan(0);
  });

  // relay-mj.go:114-122, setting/system_setting.go:3, router/relay-router.go:82-84
  // imageUrl defaults to http://localhost:3000/mj/image/{id}
  it("New API: imageUrl is ServerAddress + /mj/image/{id}, with ?rand= while not SUCCESS; GET /mj/image/{id} needs no key", async () => {
    await sim.control("", { stepMs: 400 });
    const submitted = await na("/mj/submit/imagine", { prompt: "a slow harbour" });
    const id = submitted.json.result as string;
    // Once the upstream shows its progress preview, New API's copy links it with ?rand=.
    const running = await naCopy(id, ["IN_PROGRESS"], (copy) => copy.imageUrl !== "");
    expect(running.imageUrl).toMatch(new RegExp(`^http://localhost:3000/mj/image/${id}\\?rand=\\d+$`));
    const done = await naCopy(id);
    expect(done.imageUrl).toBe(`http://localhost:3000/mj/image/${id}`);
    const image = await fetch(`${sim.server.url}/newapi/mj/image/${id}`);
    expect(image.headers.get("content-type")).toBe("image/png");
    expect(await pngSize(Buffer.from(await image.arrayBuffer()))).toMatchObject({ width: 1024, height: 1024 });
    const unknown = await fetch(`${sim.server.url}/newapi/mj/image/1730000000000123`);
    expect(unknown.status).toBe(400);
    expect(await unknown.json()).toEqual({ error: "midjourney_task_not_found" });
  });

  it("New API: a failed task's copy reads progress 100% (controller/midjourney.go:150-156); trueai's late banned-word failure comes through", async () => {
    const submitted = await na("/mj/submit/imagine", { prompt: "a nsfw poster" });
    expect(submitted.json.code).toBe(1);
    expect(await naCopy(submitted.json.result)).toMatchObject({ status: "FAILURE", progress: "100%", failReason: "可能包含敏感词" });
  });
});

describe("New API's relay", () => {
  // service/midjourney.go:163-176, relay-mj.go:635-645
  it(
    "New API: accountFilter and notifyHook are deleted before the upstream, state is kept, and only a --relax flag sets the mode; /mj-relax/ paths lose " +
      "their prefix",
    async () => {
      const receiver = await startCallbackReceiver();
      try {
        const filtered = await na("/mj/submit/imagine", {
          prompt: "a filtered cat",
          accountFilter: { modes: ["RELAX"] },
          notifyHook: receiver.url,
          state: "na-strip",
        });
        const flagged = await na("/mj/submit/imagine", { prompt: "a flagged cat --relax" });
        const prefixed = await sim.mj("/mj-relax/mj/submit/imagine", { profile: "newapi", body: { prompt: "a prefixed cat" } });
        const tasks = await Promise.all([filtered, flagged, prefixed].map((answer) => upstreamDone(answer.json.result)));
        expect(tasks.map((task) => task.mode)).toEqual(["fast", "relax", "fast"]);
        expect(tasks[0].requests[0].body).toEqual({ prompt: "a filtered cat", state: "na-strip" });
        expect(tasks[0].hookUrl).toBeNull();
        expect(tasks[2].requests[0].endpoint).toBe("/newapi(upstream)/mj/submit/imagine");
        await naCopy(filtered.json.result);
        expect(receiver.received).toEqual([]);
        expect((await sim.control("/submits")).json.byNotifyId["na-strip"]).toEqual({ total: 1, accepted: 1 });
      } finally {
        await receiver.close();
      }
    },
  );

  it(
    "New API: code 22 is rewritten to 1 and the queue description kept (relay-mj.go:599-603); the relayed body has no Content-Type, so Go sends " +
      "text/plain",
    async () => {
      const busy = await startTestSimulator({ concurrency: 1, stepMs: 300, newapi: { pollerMs: 60 } });
      try {
        await busy.mj("/mj/submit/imagine", { profile: "newapi", body: { prompt: "first" } });
        const queued = await busy.mj("/mj/submit/imagine", { profile: "newapi", body: { prompt: "second" } });
        expect(queued.json).toMatchObject({ code: 1, description: "排队中，前面还有0个任务", properties: { numberOfQueues: 0 } });
        expect(queued.text).toContain('"code":1');
        expect(queued.type).toMatch(/^text\/plain/);
      } finally {
        await busy.close();
      }
    },
  );

  it("New API: a follow-up on a task whose copy is not SUCCESS yet is refused with task_status_not_success (relay-mj.go:422-430)", async () => {
    await sim.control("", { newapi: { pollerMs: 3_600_000 } });
    const submitted = await na("/mj/submit/imagine", { prompt: "an impatient cat" });
    const done = await upstreamDone(submitted.json.result);
    const u1 = done.result.buttons.find((b: MjJson) => b.action === "upsample1").customId;
    const refused = await na("/mj/submit/action", { taskId: submitted.json.result, customId: u1 });
    expect(refused.status).toBe(400);
    expect(refused.json).toEqual({ description: "task_status_not_success ", type: "upstream_error", code: 4 });
    expect((await na("/mj/submit/action", { taskId: "1730000000000123", customId: u1 })).json.description).toBe("task_not_found ");
  });

  // service/midjourney.go:71-128
  it("New API: buttons New API does not know (animate, ❤️ bookmark, PromptAnalyzer) are refused with HTTP 400 code 4 'unknown_action:<customId>'", async () => {
    await sim.control("", { trueai: { remix: false } });
    const grid = await imagine("a heron");
    const up = await na("/mj/submit/action", { taskId: grid.id, customId: button(grid, "U1") });
    expect(up.json.code).toBe(1);
    const upscaled = await naCopy(up.json.result);
    for (const label of ["Animate (High motion)", "❤️"]) {
      const customId = button(upscaled, label);
      const refused = await na("/mj/submit/action", { taskId: upscaled.id, customId });
      expect(refused.status).toBe(400);
      expect(refused.json).toEqual({ description: `unknown_action:${customId} `, type: "upstream_error", code: 4 });
    }
    const shortened = await naCopy((await na("/mj/submit/shorten", { prompt: "a very long prompt about a heron" })).json.result);
    expect((await na("/mj/submit/action", { taskId: shortened.id, customId: button(shortened, "1") })).json.description).toBe(
      "unknown_action:MJ::Job::PromptAnalyzer::1 ",
    );
  });

  // relay-mj.go:564-586, 529-547
  it(
    "New API: a remix-parked variation answers code 1 with description 'Waiting for window confirm' and properties {finalPrompt, remix}; the modal adds " +
      "a second copy",
    async () => {
      const grid = await imagine("a lantern");
      const v1 = await na("/mj/submit/action", { taskId: grid.id, customId: button(grid, "V1"), state: "na-remix" });
      expect(v1.json).toEqual({
        code: 1,
        description: "Waiting for window confirm",
        properties: { finalPrompt: "a lantern", remix: true },
        result: expect.stringMatching(/^\d{16}$/),
      });
      const id = v1.json.result as string;
      expect((await upstream(id)).phase).toBe("modal");
      expect((await na("/mj/submit/modal", { taskId: id, prompt: "a paper lantern" })).json).toMatchObject({ code: 1, result: id });
      const copy = await naCopy(id, ["SUCCESS"]);
      expect(copy).toMatchObject({ action: "VARIATION", description: "Waiting for window confirm", prompt: "a lantern", promptEn: "a paper lantern" });
      const listed = (await na("/mj/task/list-by-condition", { ids: [id] })).json as MjJson[];
      expect(listed.map((t) => t.action)).toEqual(["VARIATION", "MODAL"]);
    },
  );

  // relay-mj.go:426-429, 582-585
  it("New API: Vary (Region) keeps code 21 and its modal is relayed without a status check; the task finishes through New API", async () => {
    await sim.control("", { trueai: { remix: false } });
    const grid = await imagine("a tower --ar 3:2");
    const upscaled = await naCopy((await na("/mj/submit/action", { taskId: grid.id, customId: button(grid, "U2") })).json.result);
    const vary = await na("/mj/submit/action", { taskId: upscaled.id, customId: button(upscaled, "Vary (Region)") });
    expect(vary.json).toMatchObject({ code: 21, description: "Waiting for window confirm", properties: { finalPrompt: "", remix: true } });
    // Right after the 21: New API's copy still reads "", and the modal goes through anyway.
    expect((await na(`/mj/task/${vary.json.result}/fetch`)).json.status).toBe("");
    const mask = await maskPng(512, 341, { left: 20, top: 20, width: 100, height: 100 });
    const modal = await na("/mj/submit/modal", { taskId: vary.json.result, prompt: "a flag", maskBase64: `data:image/png;base64,${mask.toString("base64")}` });
    expect(modal.json).toMatchObject({ code: 1, result: vary.json.result });
    const done = await naCopy(vary.json.result, ["SUCCESS"]);
    expect(done).toMatchObject({ action: "INPAINT", imageUrl: `http://localhost:3000/mj/image/${vary.json.result}` });
    const image = await fetch(`${sim.server.url}/newapi/mj/image/${vary.json.result}`);
    expect(await pngSize(Buffer.from(await image.arrayBuffer()))).toMatchObject({ width: 512, height: 341 });
  });

  it("New API: image-seed asks the upstream once New API has the task (relay-mj.go:255-289)", async () => {
    const grid = await imagine("a seed");
    const seed = await na(`/mj/task/${grid.id}/image-seed`);
    expect(seed.json).toMatchObject({ code: 1, description: "成功", result: expect.stringMatching(/^\d+$/) });
  });
});
