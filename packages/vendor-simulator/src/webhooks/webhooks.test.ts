// Webhooks over real HTTP: one POST per state a task passes through, with the same body the
// protocol's fetch answers, retried when the receiver fails.
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import {
  mjSettled,
  startTestSimulator,
  startCallbackReceiver,
  ttapiSettled,
  waitFor,
  type MjJson,
  type TestSimulator,
  type CallbackReceiver,
} from "../testing/sim-test-kit";

let sim: TestSimulator;
let receiver: CallbackReceiver;

beforeAll(async () => {
  // One running task per key, so the second submit has to wait in the queue.
  sim = await startTestSimulator({ concurrency: 1 });
  receiver = await startCallbackReceiver();
});
afterAll(async () => {
  await sim.close();
  await receiver.close();
});
afterEach(() => {
  receiver.received.length = 0;
});

const labels = (notifyId: string, read: (body: MjJson) => [string, string, string]) =>
  receiver.received
    .map((r) => read(r.body))
    .filter(([id]) => id === notifyId)
    .map(([, status, progress]) => `${status}:${progress}`);

describe("webhooks", () => {
  it("POSTs TTAPI's callback on every status change, queue included, ending with the fetch body", async () => {
    const first = await sim.ttapi("imagine", { prompt: "first", hookUrl: receiver.url, notify_id: "w-1" });
    const second = await sim.ttapi("imagine", { prompt: "second", hookUrl: receiver.url, notify_id: "w-2" });
    await ttapiSettled(sim, first.json.data.jobId);
    const final = await ttapiSettled(sim, second.json.data.jobId);
    const read = (body: { status: string; data: { notify_id: string; progress: string } }) =>
      [body.data.notify_id, body.status, body.data.progress] as [string, string, string];
    await waitFor(async () => labels("w-2", read).includes("SUCCESS:100"));
    expect(labels("w-1", read)).toEqual(["ON_QUEUE:0", "ON_QUEUE:20", "ON_QUEUE:40", "ON_QUEUE:60", "ON_QUEUE:80", "SUCCESS:100"]);
    expect(labels("w-2", read)).toEqual(["PENDING_QUEUE:0", "ON_QUEUE:0", "ON_QUEUE:20", "ON_QUEUE:40", "ON_QUEUE:60", "ON_QUEUE:80", "SUCCESS:100"]);
    const last = receiver.received.filter((r) => r.body.data.notify_id === "w-2").at(-1);
    expect(last?.body).toEqual(final);
  });

  it("POSTs midjourney-proxy task objects to notifyHook with the state echoed", async () => {
    const blocker = await sim.mj("/mj/submit/imagine", { body: { prompt: "blocker" } });
    expect(blocker.json).toMatchObject({ code: 1, description: "提交成功" });
    const submitted = await sim.mj("/mj/submit/imagine", { body: { prompt: "hooked", notifyHook: receiver.url, state: "s-1" } });
    // The only slot is taken: midjourney-proxy answers 22 with the queue position.
    expect(submitted.json).toMatchObject({ code: 22, description: "排队中，前面还有0个任务", properties: { numberOfQueues: 0 } });
    const final = await mjSettled(sim, submitted.json.result);
    const read = (body: { state: string; status: string; progress: string }) => [body.state, body.status, body.progress] as [string, string, string];
    await waitFor(async () => labels("s-1", read).includes("SUCCESS:100%"));
    expect(labels("s-1", read)).toEqual([
      "NOT_START:0%",
      "SUBMITTED:0%",
      "IN_PROGRESS:20%",
      "IN_PROGRESS:40%",
      "IN_PROGRESS:60%",
      "IN_PROGRESS:80%",
      "SUCCESS:100%",
    ]);
    expect(receiver.received.at(-1)?.body).toEqual(final);
  });

  it("retries a failed delivery with backoff and keeps the order", async () => {
    receiver.failNext(2);
    const submitted = await sim.ttapi("imagine", { prompt: "retry me", hookUrl: receiver.url, notify_id: "w-3" });
    await ttapiSettled(sim, submitted.json.data.jobId);
    const read = (body: { status: string; data: { notify_id: string; progress: string } }) =>
      [body.data.notify_id, body.status, body.data.progress] as [string, string, string];
    await waitFor(async () => labels("w-3", read).includes("SUCCESS:100"));
    expect(labels("w-3", read)).toEqual(["ON_QUEUE:0", "ON_QUEUE:20", "ON_QUEUE:40", "ON_QUEUE:60", "ON_QUEUE:80", "SUCCESS:100"]);
    const log = await sim.control(`/webhooks?taskId=${submitted.json.data.jobId}`);
    expect(log.json.webhooks[0]).toMatchObject({ status: "delivered", attempts: 3 });
  });
});
