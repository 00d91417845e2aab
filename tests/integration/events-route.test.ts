import "./support/test-env";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { signInAs } from "./support/signed-in-as";

import { runInNewContext } from "node:vm";
import { setFlagsFromString } from "node:v8";
import { GET as eventsRoute } from "@/app/api/events/route";
import { jobEventListenerCount, publishJobEvent } from "@/lib/jobs/event-bus";
import { finished, startHarness, waitForJob, type Harness } from "./support/harness";
import { imagine } from "./support/queue";

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ webhooks: false });
});
afterAll(async () => h?.stop());

/** Opens the stream as `user`, collects job ids for `ms`, then disconnects. */
async function collect(user: { id: string } | null, ms: number, lastEventId?: number, during?: () => Promise<void>) {
  signInAs(user);
  const abort = new AbortController();
  const headers = lastEventId === undefined ? undefined : { "last-event-id": String(lastEventId) };
  const response = await eventsRoute(new Request("http://x/api/events", { headers, signal: abort.signal }));
  if (response.status !== 200) return { status: response.status, jobIds: [] as string[], ids: [] as number[], eventIds: [] as number[], ready: NaN };
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  let text = "";
  const reading = (async () => {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      text += value;
    }
  })();
  await during?.();
  await new Promise((r) => setTimeout(r, ms));
  abort.abort();
  await reader.cancel().catch(() => undefined);
  await reading.catch(() => undefined);
  const blocks = text.split("\n\n").filter((b) => b.includes("event: job"));
  return {
    status: 200,
    jobIds: blocks.map((b) => JSON.parse(b.split("data: ")[1]).jobId as string),
    ids: blocks.map((b) => Number(b.match(/^id: (\d+)/m)?.[1])),
    eventIds: blocks.map((b) => JSON.parse(b.split("data: ")[1]).eventId as number),
    ready: Number(text.match(/id: (\d+)\nevent: ready/)?.[1] ?? NaN),
  };
}

describe("[LIVE] /api/events", () => {
  it("refuses a signed-out browser", async () => {
    expect((await collect(null, 0)).status).toBe(401);
  });

  it("pushes the team's shared jobs to teammates, private jobs only to their creator, nothing to other teams", async () => {
    let shared = "";
    let secret = "";
    const start = async () => {
      shared = await imagine(h.engine, h.alice, "a shared comet");
      secret = await imagine(h.engine, h.alice, "a secret comet", { visibility: "PRIVATE" });
      await waitForJob(shared, finished);
      await waitForJob(secret, finished);
    };
    const [bob, mallory, alice] = await Promise.all([collect(h.bob, 1500, undefined, start), collect(h.mallory, 1500), collect(h.alice, 1500)]);
    expect(bob.jobIds).toContain(shared);
    expect(bob.jobIds).not.toContain(secret);
    expect(alice.jobIds).toEqual(expect.arrayContaining([shared, secret]));
    expect(mallory.jobIds).toEqual([]);
    // Event ids only grow, so a browser can resume from the last one it saw.
    expect([...bob.ids].sort((a, b) => a - b)).toEqual(bob.ids);
  });

  it("lets a reconnecting browser catch up from its Last-Event-ID", async () => {
    const first = await collect(h.bob, 100);
    const missedJob = await imagine(h.engine, h.alice, "a comet seen while away");
    await waitForJob(missedJob, finished);
    const resumed = await collect(h.bob, 300, first.ready);
    expect(resumed.jobIds).toContain(missedJob);
    expect(resumed.ids.every((id) => id > first.ready)).toBe(true);
  });

  it("[issue 13] delivers an event arriving after a newer one (another process's, by NOTIFY) once, without moving the resume point back", async () => {
    const base = (await collect(h.bob, 50)).ready;
    const row = (id: number, jobId: string) => ({ id, jobId, teamId: h.alice.teamId, userId: h.alice.id, private: false });
    const streamed = await collect(h.bob, 300, undefined, async () => {
      // Process A's own event 9 is on its bus a moment before process B's event 8 arrives by NOTIFY.
      await new Promise((r) => setTimeout(r, 100));
      publishJobEvent(row(base + 9, "job-from-a"));
      publishJobEvent(row(base + 8, "job-from-b"));
      publishJobEvent(row(base + 9, "job-from-a"));
    });
    expect(streamed.jobIds).toEqual(["job-from-a", "job-from-b"]);
    // The late one carries no id: the browser's Last-Event-ID stays at the newest it received.
    expect(streamed.ids).toEqual([base + 9, NaN]);
    expect(streamed.eventIds).toEqual([base + 9, base + 8]);
  });

  it("[H11.16] 2,000 dropped streams leave no listener, timer or memory behind", async () => {
    setFlagsFromString("--expose-gc");
    const gc = runInNewContext("gc") as () => void;
    const timers = () => process.getActiveResourcesInfo().filter((r) => r === "Timeout").length;
    const heap = async () => {
      await new Promise((r) => setTimeout(r, 50));
      for (let i = 0; i < 3; i++) gc();
      return process.memoryUsage().heapUsed;
    };
    signInAs(h.bob);
    // One stream opened and closed first, so lazily loaded code is not counted as growth.
    await (await eventsRoute(new Request("http://x/api/events"))).body?.cancel();
    const before = { listeners: jobEventListenerCount(), timers: timers(), heap: await heap() };

    for (let i = 0; i < 2000; i++) {
      const abort = new AbortController();
      // The ways a browser leaves: before the handler ran, while the stream is still starting
      // (with or without the body being cancelled), or after the first bytes arrived.
      const way = i % 4;
      if (way === 0) abort.abort();
      const response = await eventsRoute(new Request("http://x/api/events", { signal: abort.signal }));
      if (way === 1) {
        abort.abort();
        await response.body?.cancel().catch(() => undefined);
      } else if (way === 2) {
        abort.abort();
      } else if (way === 3) {
        const reader = response.body!.getReader();
        await reader.read();
        abort.abort();
        await reader.cancel().catch(() => undefined);
      }
    }

    const after = { listeners: jobEventListenerCount(), timers: timers(), heap: await heap() };
    expect(after.listeners).toBe(before.listeners);
    expect(after.timers).toBeLessThanOrEqual(before.timers);
    console.log(`[H11.16] heap before ${(before.heap / 1048576).toFixed(1)} MB, after 2,000 dropped streams ${(after.heap / 1048576).toFixed(1)} MB`);
    expect(after.heap - before.heap).toBeLessThan(4 * 1024 * 1024);
  }, 120_000);
});
