// Test knobs over real HTTP: dropped, duplicated and reordered webhooks, failing submits and
// fetches, failing tasks, latency, introspection; and no /sim/_control at all when disabled.
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import {
  mjSettled,
  startTestSimulator,
  startCallbackReceiver,
  ttapiSettled,
  waitFor,
  type TestSimulator,
  type CallbackReceiver,
} from "../testing/sim-test-kit";

let sim: TestSimulator;
let receiver: CallbackReceiver;

beforeAll(async () => {
  sim = await startTestSimulator();
  receiver = await startCallbackReceiver();
});
afterAll(async () => {
  await sim.close();
  await receiver.close();
});
afterEach(async () => {
  await sim.control("/reset", {});
  receiver.received.length = 0;
});

async function settledWithHook(notifyId: string): Promise<string> {
  const submitted = await sim.ttapi("imagine", { prompt: "knob test", hookUrl: receiver.url, notify_id: notifyId });
  await ttapiSettled(sim, submitted.json.data.jobId);
  return submitted.json.data.jobId;
}

const statusesOf = (notifyId: string) =>
  receiver.received.filter((r) => r.body.data.notify_id === notifyId).map((r) => `${r.body.status}:${r.body.data.progress}`);

describe("knobs", () => {
  it("is not there when knobs are disabled", async () => {
    const plain = await startTestSimulator({ knobs: false });
    try {
      expect((await plain.control("")).status).toBe(404);
      expect((await plain.control("", { latencyMs: 5 })).status).toBe(404);
      expect((await plain.control("/tasks")).status).toBe(404);
    } finally {
      await plain.close();
    }
  });

  it("drops every webhook", async () => {
    await sim.control("", { webhooks: { drop: true } });
    const jobId = await settledWithHook("drop-1");
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(statusesOf("drop-1")).toEqual([]);
    const log = await sim.control(`/webhooks?taskId=${jobId}`);
    expect(log.json.webhooks.length).toBe(6);
    expect(log.json.webhooks.every((w: { status: string }) => w.status === "dropped")).toBe(true);
  });

  it("duplicates each webhook", async () => {
    await sim.control("", { webhooks: { duplicate: 2 } });
    await settledWithHook("dup-1");
    await waitFor(async () => statusesOf("dup-1").length === 12);
    expect(statusesOf("dup-1").slice(0, 4)).toEqual(["ON_QUEUE:0", "ON_QUEUE:0", "ON_QUEUE:20", "ON_QUEUE:20"]);
  });

  it("delivers the final webhook before the earlier ones", async () => {
    await sim.control("", { webhooks: { outOfOrder: true } });
    await settledWithHook("ooo-1");
    await waitFor(async () => statusesOf("ooo-1").length === 6);
    expect(statusesOf("ooo-1")).toEqual(["SUCCESS:100", "ON_QUEUE:0", "ON_QUEUE:20", "ON_QUEUE:40", "ON_QUEUE:60", "ON_QUEUE:80"]);
  });

  it("fails the next submits with the given HTTP status or vendor code, and counts submits per notify id", async () => {
    await sim.control("", { submitErrors: { count: 1, httpStatus: 500 } });
    const failed = await sim.ttapi("imagine", { prompt: "x", notify_id: "sub-1" });
    expect(failed.status).toBe(500);
    expect(failed.json).toMatchObject({ status: "FAILED", code: -1 });
    expect((await sim.ttapi("imagine", { prompt: "x", notify_id: "sub-1" })).json.status).toBe("SUCCESS");
    await sim.control("", { submitErrors: { count: 1, vendorCode: 23, protocol: "mjproxy" } });
    const full = await sim.mj("/mj/submit/imagine", { body: { prompt: "y", state: "sub-2" } });
    expect(full.status).toBe(200);
    expect(full.json).toMatchObject({ code: 23, result: null });
    const counts = await sim.control("/submits");
    expect(counts.json.byNotifyId["sub-1"]).toEqual({ total: 2, accepted: 1 });
    expect(counts.json.byNotifyId["sub-2"]).toEqual({ total: 1, accepted: 0 });
  });

  it("answers the next fetches with 5xx", async () => {
    const jobId = (await sim.ttapi("imagine", { prompt: "fetch me" })).json.data.jobId;
    await sim.control("", { fetchErrors: { count: 2, httpStatus: 503 } });
    expect((await sim.ttapi("fetch", { jobId })).status).toBe(503);
    expect((await sim.ttapi("fetch", { jobId })).status).toBe(503);
    expect((await sim.ttapi("fetch", { jobId })).status).toBe(200);
    const task = (await sim.mj("/mj/submit/imagine", { body: { prompt: "fetch me too" } })).json.result;
    await sim.control("", { fetchErrors: { count: 1, httpStatus: 502, protocol: "mjproxy" } });
    expect((await sim.mj(`/mj/task/${task}/fetch`)).status).toBe(502);
    expect((await sim.mj(`/mj/task/${task}/fetch`)).status).toBe(200);
  });

  it("switches trueai's Remix, New API's poller and the modal delay, and resets them to the options", async () => {
    expect((await sim.control("")).json.settings).toMatchObject({ modalDelayMs: 0, trueai: { remix: true }, newapi: { pollerMs: 15000 } });
    const patched = await sim.control("", { modalDelayMs: 150000, trueai: { remix: false }, newapi: { pollerMs: 300 } });
    expect(patched.json.settings).toMatchObject({ modalDelayMs: 150000, trueai: { remix: false }, newapi: { pollerMs: 300 } });
    expect((await sim.control("", { newapi: { pollerMs: 1 } })).status).toBe(400);
    await sim.control("/reset", {});
    expect((await sim.control("")).json.settings).toMatchObject({ modalDelayMs: 0, trueai: { remix: true }, newapi: { pollerMs: 15000 } });
  });

  it("fails tasks, adds latency and lists received request bodies", async () => {
    await sim.control("", { failTasks: { count: 1, reason: "simulated outage" }, latencyMs: 120 });
    const started = Date.now();
    const submitted = await sim.mj("/mj/submit/imagine", { body: { prompt: "doomed", state: "fail-1" } });
    expect(Date.now() - started).toBeGreaterThanOrEqual(110);
    await sim.control("", { latencyMs: 0 });
    const failed = await mjSettled(sim, submitted.json.result);
    expect(failed).toMatchObject({ status: "FAILURE", failReason: "simulated outage" });
    const tasks = await sim.control("/tasks?notifyId=fail-1");
    expect(tasks.json.tasks).toHaveLength(1);
    expect(tasks.json.tasks[0].requests[0]).toMatchObject({ endpoint: "/mjproxy/mj/submit/imagine", body: { prompt: "doomed", state: "fail-1" } });
  });
});
