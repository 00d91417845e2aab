import { describe, expect, it, vi } from "vitest";
import { FakeEngineStore, fakeVendorClient, snapshot } from "./fake-engine-store";
import { IngestQueue } from "./ingest-queue";
import { PollSchedule } from "./poll-schedule";
import { TaskRefresher, type RefresherDeps } from "./task-refresher";

function setup(fetchTask: (taskId: string) => Promise<ReturnType<typeof snapshot>>, patch: Partial<RefresherDeps> = {}) {
  const store = new FakeEngineStore();
  const client = fakeVendorClient({ fetchTask: vi.fn(fetchTask) });
  const announce = vi.fn(async () => undefined);
  const ingest = vi.fn(async () => ({ width: 1024, height: 1024 }));
  const refresher = new TaskRefresher({
    store,
    clientFor: async () => client,
    connection: (id) => store.getConnection(id),
    announce,
    schedule: new PollSchedule(100, false),
    ingests: new IngestQueue(3),
    ingest,
    isRetryableIngestError: () => true,
    uploads: { read: () => Promise.reject(new Error("no uploads")) },
    modalGraceMs: 1_000,
    sharedDatabase: false,
    ...patch,
  });
  return { store, client, announce, ingest, refresher };
}

describe("task refresher", () => {
  it("collapses ten concurrent refreshes of one job into one fetch plus at most one follow-up", async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const { store, client, refresher } = setup(async () => {
      await gate;
      return snapshot({ status: "RUNNING", progress: 40 });
    });
    const job = store.addJob({ status: "SUBMITTED", vendorTaskId: "task-1" });
    const all = Promise.all(Array.from({ length: 10 }, () => refresher.refreshJob(job.id)));
    release();
    await all;
    expect(client.fetchTask).toHaveBeenCalledTimes(2);
    expect(store.job(job.id)).toMatchObject({ status: "RUNNING", progress: 40 });
    expect(store.writes.filter(([m]) => m === "recordJobProgress")).toHaveLength(1);
  });

  it("applies progress, announces it, and schedules the next poll with backoff", async () => {
    const { store, announce, refresher } = setup(async () => snapshot({ status: "RUNNING", progress: 30 }));
    const job = store.addJob({ status: "SUBMITTED", vendorTaskId: "task-1", pollCount: 3 });
    const before = Date.now();
    await refresher.refreshJob(job.id);
    expect(announce).toHaveBeenCalledWith(job.id);
    const next = store.job(job.id).nextPollAt!.getTime() - before;
    expect(next).toBeGreaterThanOrEqual(new PollSchedule(100, false).delay(3));
    expect(store.job(job.id).pollCount).toBe(4);
  });

  it("finishes a succeeded task: ingest, then complete with the vendor's charge or the reservation", async () => {
    const { store, ingest, refresher } = setup(async () => snapshot({ status: "SUCCEEDED", progress: 100, seed: "42" }));
    const job = store.addJob({ status: "RUNNING", vendorTaskId: "task-1", cost: 2 });
    await refresher.refreshJob(job.id);
    expect(ingest).toHaveBeenCalledOnce();
    expect(store.job(job.id)).toMatchObject({ status: "SUCCEEDED", progress: 100, quotaUsed: 2 });
    expect(store.job(job.id).completion).toMatchObject({ width: 1024, result: { seed: "42" } });
  });

  it("retries a retryable ingest failure at a later poll, and fails for good after that", async () => {
    const failing = vi.fn(async () => {
      throw new Error("disk busy");
    });
    const { store, refresher } = setup(async () => snapshot({ status: "SUCCEEDED" }), { ingest: failing });
    const job = store.addJob({ status: "RUNNING", vendorTaskId: "task-1" });
    await refresher.refreshJob(job.id);
    expect(store.job(job.id).status).toBe("RUNNING");
    expect(store.job(job.id).pollCount).toBe(1);
    store.job(job.id).pollCount = 12;
    await refresher.refreshJob(job.id);
    expect(store.job(job.id)).toMatchObject({ status: "FAILED", failureCode: "INGEST" });
  });

  it("ends a job the vendor failed or cancelled, and leaves finished jobs alone", async () => {
    const { store, refresher, client } = setup(async (taskId) =>
      taskId === "t-failed" ? snapshot({ status: "FAILED", failureCode: "BANNED_PROMPT", quota: 0 }) : snapshot({ status: "CANCELLED" }),
    );
    const failed = store.addJob({ status: "RUNNING", vendorTaskId: "t-failed" });
    const cancelled = store.addJob({ status: "RUNNING", vendorTaskId: "t-cancelled" });
    const done = store.addJob({ status: "SUCCEEDED", vendorTaskId: "t-done" });
    await Promise.all([failed, cancelled, done].map((j) => refresher.refreshJob(j.id)));
    expect(store.job(failed.id)).toMatchObject({ status: "FAILED", failureCode: "BANNED_PROMPT", quotaUsed: 0 });
    expect(store.job(cancelled.id).status).toBe("CANCELLED");
    expect(client.fetchTask).not.toHaveBeenCalledWith("t-done");
  });

  it("a failed fetch only pushes the next poll back", async () => {
    const { store, refresher } = setup(async () => {
      throw new Error("vendor down");
    });
    const job = store.addJob({ status: "RUNNING", vendorTaskId: "task-1", pollCount: 2 });
    await refresher.refreshJob(job.id);
    expect(store.job(job.id)).toMatchObject({ status: "RUNNING", pollCount: 3 });
  });

  it("the poll pass refreshes due jobs only", async () => {
    const { store, client, refresher } = setup(async () => snapshot({ status: "RUNNING", progress: 50 }));
    const due = store.addJob({ status: "RUNNING", vendorTaskId: "task-due", nextPollAt: new Date(Date.now() - 1) });
    store.addJob({ status: "RUNNING", vendorTaskId: "task-later", nextPollAt: new Date(Date.now() + 60_000) });
    await refresher.pollDue();
    await vi.waitFor(() => expect(store.job(due.id).progress).toBe(50));
    expect(client.fetchTask).toHaveBeenCalledTimes(1);
    expect(client.fetchTask).toHaveBeenCalledWith("task-due", "image");
  });

  it("fetches an edit job's task as an edit and a video job's as a video (TTAPI fetches them elsewhere)", async () => {
    const { store, client, refresher } = setup(async () => snapshot({ status: "RUNNING", progress: 20 }));
    const edit = store.addJob({ kind: "EDIT", action: "retexture", status: "SUBMITTED", vendorTaskId: "task-edit" });
    const video = store.addJob({ kind: "VIDEO", status: "SUBMITTED", vendorTaskId: "task-video" });
    await refresher.refreshJob(edit.id);
    await refresher.refreshJob(video.id);
    expect(client.fetchTask).toHaveBeenCalledWith("task-edit", "edit");
    expect(client.fetchTask).toHaveBeenCalledWith("task-video", "video");
  });

  it("[issue 13] engines sharing a database poll a due job once between them: each takes the poll before sending it", async () => {
    const { store, client, refresher } = setup(async () => snapshot({ status: "RUNNING", progress: 50 }), { sharedDatabase: true });
    const other = setup(async () => snapshot({ status: "RUNNING", progress: 50 }), {
      ...{ store, connection: (id) => store.getConnection(id) },
      sharedDatabase: true,
    });
    const job = store.addJob({ status: "RUNNING", vendorTaskId: "task-due", nextPollAt: new Date(Date.now() - 1) });
    await Promise.all([refresher.pollDue(), other.refresher.pollDue()]);
    await vi.waitFor(() => expect(store.job(job.id).progress).toBe(50));
    expect(vi.mocked(client.fetchTask).mock.calls.length + vi.mocked(other.client.fetchTask).mock.calls.length).toBe(1);
    // The refresh set the real next poll, not the hold.
    expect(store.job(job.id).nextPollAt!.getTime()).toBeLessThan(Date.now() + 30_000);
  });
});
