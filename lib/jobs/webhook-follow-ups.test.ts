import { describe, expect, it, vi } from "vitest";
import { VendorError } from "@/lib/vendors/vendor-error";
import { FakeEngineStore, fakeVendorClient, settle, snapshot } from "./fake-engine-store";
import { RecoveryBackoff } from "./recovery-backoff";
import { WebhookFollowUps } from "./webhook-follow-ups";

function setup(refreshJob: (jobId: string) => Promise<void> = async () => undefined, fetchTask = vi.fn(async (_taskId: string) => snapshot())) {
  const store = new FakeEngineStore();
  const recovery = new RecoveryBackoff(1_000, 3);
  const refresh = vi.fn(refreshJob);
  const announce = vi.fn(async () => undefined);
  const followUps = new WebhookFollowUps({
    store,
    engineId: "engine-a",
    recovery,
    clientFor: async () => fakeVendorClient({ fetchTask }),
    connection: (id) => store.getConnection(id),
    isSending: () => false,
    announce,
    refreshJob: refresh,
  });
  return { store, recovery, refresh, announce, followUps, fetchTask };
}

describe("webhook follow-ups", () => {
  it("collapses duplicate callbacks for one job into one re-fetch", async () => {
    const { store, refresh, followUps } = setup();
    const job = store.addJob({ status: "RUNNING", vendorTaskId: "task-1" });
    store.webhooks.push({ jobId: job.id, body: "{}", processed: false });
    for (let i = 0; i < 10; i++) followUps.add(job.id, `{"n":${i}}`);
    await settle();
    expect(refresh).toHaveBeenCalledTimes(1);
    expect(store.webhooks[0].processed).toBe(true);
  });

  it("runs at most two follow-ups at once and drains the rest", async () => {
    let running = 0;
    let most = 0;
    const { store, followUps, refresh } = setup(async () => {
      most = Math.max(most, ++running);
      await new Promise((r) => setTimeout(r, 5));
      running--;
    });
    const jobs = Array.from({ length: 5 }, () => store.addJob({ status: "RUNNING", vendorTaskId: "t" }));
    for (const job of jobs) followUps.add(job.id);
    await vi.waitFor(() => expect(refresh).toHaveBeenCalledTimes(5));
    expect(most).toBe(2);
  });

  it("backs off after a failure, and gives up after the last attempt with the reason stored", async () => {
    const { store, recovery, followUps } = setup(async () => {
      throw new Error("vendor 502");
    });
    const job = store.addJob({ status: "RUNNING", vendorTaskId: "task-1" });
    store.webhooks.push({ jobId: job.id, body: "{}", processed: false });
    followUps.add(job.id);
    await settle();
    expect(followUps.due(job.id)).toBe(false);
    expect(recovery.due(`webhook:${job.id}`, Date.now() + 1_000)).toBe(true);
    expect(store.webhooks[0].processed).toBe(false);
    for (let attempt = 2; attempt <= 3; attempt++) {
      followUps.add(job.id);
      await settle();
    }
    expect(store.webhooks[0]).toMatchObject({ processed: true, error: expect.stringMatching(/Gave up after 3 attempts: vendor 502/) });
    expect(followUps.due(job.id)).toBe(true);
  });

  it("gives up at once when the vendor says it has no such task", async () => {
    const { store, followUps } = setup(async () => {
      throw new VendorError("NOT_FOUND", "no such task");
    });
    const job = store.addJob({ status: "RUNNING", vendorTaskId: "task-1" });
    store.webhooks.push({ jobId: job.id, body: "{}", processed: false });
    followUps.add(job.id);
    await settle();
    expect(store.webhooks[0]).toMatchObject({ processed: true, error: "no such task" });
  });

  it("maintenance queues again only the unprocessed callbacks that are due", async () => {
    const { store, followUps, refresh } = setup();
    const a = store.addJob({ status: "RUNNING", vendorTaskId: "a" });
    const b = store.addJob({ status: "RUNNING", vendorTaskId: "b" });
    store.webhooks.push({ jobId: a.id, body: "{}", processed: false }, { jobId: b.id, body: "{}", processed: true });
    await followUps.retryUnprocessed();
    await settle();
    expect(refresh).toHaveBeenCalledTimes(1);
    expect(refresh).toHaveBeenCalledWith(a.id);
  });

  it("adopts the task a callback names for a job whose submit never stored it, once the vendor confirms the notify id", async () => {
    const fetchTask = vi.fn(async (taskId: string) => snapshot({ taskId, notifyId: "notify-lost" }));
    const { store, followUps, announce } = setup(undefined, fetchTask);
    const job = store.addJob({ id: "lost", notifyId: "notify-lost", status: "FAILED", submitState: "REVIEW" });
    followUps.add(job.id, JSON.stringify({ status: "ON_QUEUE", jobId: "task-found", data: { jobId: "task-found", progress: "0" } }));
    await settle(10);
    expect(fetchTask).toHaveBeenCalledWith("task-found", "image");
    expect(store.job(job.id)).toMatchObject({ vendorTaskId: "task-found", submitState: "ACCEPTED", status: "SUBMITTED" });
    expect(announce).toHaveBeenCalledWith(job.id);
  });

  it("fetches the task a callback names for a lost edit job as an edit", async () => {
    const fetchTask = vi.fn(async (taskId: string) => snapshot({ taskId, notifyId: "notify-lost-edit" }));
    const { store, followUps } = setup(undefined, fetchTask);
    const job = store.addJob({ id: "lost-edit", kind: "EDIT", action: "edit", notifyId: "notify-lost-edit", status: "FAILED", submitState: "REVIEW" });
    followUps.add(job.id, JSON.stringify({ status: "ON_QUEUE", jobId: "task-edit", data: { jobId: "task-edit", progress: "0" } }));
    await settle(10);
    expect(fetchTask).toHaveBeenCalledWith("task-edit", "edit");
  });
});
