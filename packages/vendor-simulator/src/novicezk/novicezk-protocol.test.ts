// The /sim/novicezk mount over real HTTP: the original open-source midjourney-proxy (novicezk,
// Java, v2.x) for connection checks and polling: imagine, fetch and list-by-condition.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TEST_KEY, download, pngSize, startTestSimulator, waitFor, type MjJson, type TestSimulator } from "../testing/sim-test-kit";

let sim: TestSimulator;

beforeAll(async () => {
  sim = await startTestSimulator();
});
afterAll(async () => {
  await sim.close();
});

const nz = (path: string, body?: unknown) => sim.mj(path, { profile: "novicezk", body });

async function settled(id: string): Promise<MjJson> {
  return waitFor(async () => {
    const { json } = await nz(`/mj/task/${id}/fetch`);
    return ["SUCCESS", "FAILURE"].includes(json?.status) ? json : undefined;
  });
}

describe("novicezk", () => {
  it("novicezk: only the mj-api-secret header authenticates; anything else is an empty HTTP 401 (ApiAuthorizeInterceptor.java:20-30)", async () => {
    const attempts: Record<string, string>[] = [{ authorization: `Bearer ${TEST_KEY}` }, { authorization: TEST_KEY }, { "mj-api-secret": "wrong" }, {}];
    for (const headers of attempts) {
      expect(await sim.mj("/mj/task/1/fetch", { profile: "novicezk", headers })).toMatchObject({ status: 401, text: "" });
    }
    expect((await nz("/mj/task/1/fetch")).status).toBe(200);
  });

  // Task.java, TaskController.java
  it("novicezk: tasks have no buttons; progress is null before start and '100%' on success; an unknown id is an empty HTTP 200", async () => {
    const unknown = await nz("/mj/task/1730000000000123/fetch");
    expect(unknown).toMatchObject({ status: 200, text: "" });
    await sim.control("", { stepMs: 100 });
    const submitted = await nz("/mj/submit/imagine", { prompt: "a lighthouse", state: "nz-1" });
    expect(submitted.json).toMatchObject({ code: 1, description: "提交成功", result: expect.stringMatching(/^\d{16}$/) });
    const done = await settled(submitted.json.result);
    expect(done).toMatchObject({
      id: submitted.json.result,
      action: "IMAGINE",
      status: "SUCCESS",
      progress: "100%",
      state: "nz-1",
      description: "/imagine a lighthouse",
      failReason: null,
    });
    expect(done).not.toHaveProperty("buttons");
    expect(await pngSize((await download(done.imageUrl)).bytes)).toMatchObject({ width: 1024, height: 1024 });
    const listed = await nz("/mj/task/list-by-condition", { ids: [done.id, "1730000000000123"] });
    expect(listed.json.map((t: MjJson) => t.id)).toEqual([done.id]);
    expect((await nz("/mj/task/list-by-condition", {})).json).toEqual([]);
  });

  it("novicezk: a task waiting for a slot reads NOT_START with progress null, and a failure reads progress '' (Task.java start/fail)", async () => {
    const busy = await startTestSimulator({ concurrency: 1, stepMs: 300 });
    try {
      await busy.mj("/mj/submit/imagine", { profile: "novicezk", body: { prompt: "first" } });
      const queued = await busy.mj("/mj/submit/imagine", { profile: "novicezk", body: { prompt: "second" } });
      expect(queued.json).toMatchObject({ code: 22, properties: { numberOfQueues: 0 } });
      expect((await busy.mj(`/mj/task/${queued.json.result}/fetch`, { profile: "novicezk" })).json).toMatchObject({
        status: "NOT_START",
        progress: null,
        startTime: null,
      });
      await busy.control("", { failTasks: { count: 1, reason: "simulated outage" }, stepMs: 30 });
      const doomed = await busy.mj("/mj/submit/imagine", { profile: "novicezk", body: { prompt: "doomed" } });
      const failed = await waitFor(async () => {
        const { json } = await busy.mj(`/mj/task/${doomed.json.result}/fetch`, { profile: "novicezk" });
        return json?.status === "FAILURE" ? json : undefined;
      });
      expect(failed).toMatchObject({ progress: "", failReason: "simulated outage" });
    } finally {
      await busy.close();
    }
  });

  it("novicezk: banned words are refused at submit with code 24 and the word (SubmitController.java imagine); other paths are Spring's 404", async () => {
    const banned = await nz("/mj/submit/imagine", { prompt: "a gore scene" });
    expect(banned).toMatchObject({ status: 200, json: { code: 24, description: "可能包含敏感词", result: null, properties: { bannedWord: "gore" } } });
    const empty = await nz("/mj/submit/imagine", { prompt: "" });
    expect(empty.status).toBe(200);
    expect(empty.json.code).toBe(4);
    const other = await nz("/mj/submit/action", { taskId: "1", customId: "x" });
    expect(other.status).toBe(404);
    expect(other.json).toMatchObject({ status: 404, error: "Not Found" });
  });
});
