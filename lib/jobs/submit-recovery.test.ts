import { describe, expect, it, vi } from "vitest";
import type { VendorClient } from "@/lib/vendors/types";
import { FakeEngineStore, fakeVendorClient, settle, snapshot } from "./fake-engine-store";
import { RecoveryBackoff } from "./recovery-backoff";
import { SubmitRecovery, type RecoveryDeps } from "./submit-recovery";

function setup(client: VendorClient, patch: Partial<RecoveryDeps> = {}) {
  const store = new FakeEngineStore();
  const deps = {
    store,
    engineId: "engine-now",
    recovery: new RecoveryBackoff(1_000, 3),
    jobTimeoutMs: 60_000,
    clientFor: async () => client,
    isSending: () => false,
    announce: vi.fn(async () => undefined),
    refreshJob: vi.fn(async () => undefined),
    wakeDispatcher: vi.fn(),
    sharedDatabase: false,
    instancePrefix: "engine-here:",
    ...patch,
  };
  return { store, deps, recovery: new SubmitRecovery(deps) };
}

/** A submit in doubt: its lease long gone. */
const inDoubt = { status: "QUEUED", submitState: "UNKNOWN", leaseUntil: new Date(0), fencingToken: 4 };

describe("submit recovery", () => {
  it("fails jobs at a vendor for longer than the timeout, and only those", async () => {
    const { store, recovery, deps } = setup(fakeVendorClient());
    const old = store.addJob({ status: "RUNNING", vendorTaskId: "a", submittedAt: new Date(Date.now() - 120_000) });
    const fresh = store.addJob({ status: "RUNNING", vendorTaskId: "b", submittedAt: new Date() });
    await recovery.failTimedOut();
    expect(store.job(old.id)).toMatchObject({ status: "FAILED", failureCode: "TIMEOUT" });
    expect(store.job(fresh.id).status).toBe("RUNNING");
    expect(deps.announce).toHaveBeenCalledWith(old.id);
  });

  it("requeues a submit the vendor never received, and wakes the dispatcher", async () => {
    const { store, recovery, deps } = setup(fakeVendorClient({ findByNotifyId: async () => null }));
    const job = store.addJob(inDoubt);
    await recovery.resolveUnconfirmed();
    await settle();
    expect(store.job(job.id).submitState).toBe("NONE");
    expect(deps.wakeDispatcher).toHaveBeenCalled();
  });

  it("accepts the task the vendor found by notify id, and applies it at once", async () => {
    const found = snapshot({ taskId: "task-9", status: "RUNNING" });
    const { store, recovery, deps } = setup(fakeVendorClient({ findByNotifyId: async () => found }));
    const job = store.addJob(inDoubt);
    await recovery.resolveUnconfirmed();
    await settle();
    expect(store.job(job.id)).toMatchObject({ submitState: "ACCEPTED", vendorTaskId: "task-9", status: "SUBMITTED" });
    expect(deps.refreshJob).toHaveBeenCalledWith(job.id, found);
  });

  it("fails the job for review when the protocol cannot look a submit up (never a blind resend)", async () => {
    const { store, recovery } = setup(fakeVendorClient());
    const job = store.addJob(inDoubt);
    await recovery.resolveUnconfirmed();
    await settle();
    expect(store.job(job.id)).toMatchObject({ status: "FAILED", submitState: "REVIEW", failureCode: "UNCONFIRMED" });
  });

  it("backs off between failed look-ups and fails for review after the last one", async () => {
    const findByNotifyId = vi.fn(async () => {
      throw new Error("vendor 503");
    });
    const backoff = new RecoveryBackoff(1_000, 3);
    const { store, recovery } = setup(fakeVendorClient({ findByNotifyId }), { recovery: backoff });
    const job = store.addJob(inDoubt);
    await recovery.resolveUnconfirmed();
    await settle();
    await recovery.resolveUnconfirmed(); // within the pause: not asked again
    await settle();
    expect(findByNotifyId).toHaveBeenCalledTimes(1);
    expect(store.job(job.id).status).toBe("QUEUED");
    // Past each pause (the clock is not waited for: the backoff is told the pause is over).
    for (let i = 0; i < 2; i++) {
      vi.spyOn(backoff, "due").mockReturnValueOnce(true);
      await recovery.resolveUnconfirmed();
      await settle();
    }
    expect(findByNotifyId).toHaveBeenCalledTimes(3);
    expect(store.job(job.id)).toMatchObject({ status: "FAILED", submitState: "REVIEW" });
  });

  it("leaves alone this engine's own submit still in flight and live leases", async () => {
    const findByNotifyId = vi.fn(async () => null);
    const { store, recovery } = setup(fakeVendorClient({ findByNotifyId }), { isSending: (id) => id === "mine" });
    store.addJob({ ...inDoubt, id: "mine", submitState: "SUBMITTING" });
    store.addJob({ ...inDoubt, id: "live", submitState: "SUBMITTING", leaseOwner: "engine-now", leaseUntil: new Date(Date.now() + 60_000) });
    await recovery.resolveUnconfirmed();
    await settle();
    expect(findByNotifyId).not.toHaveBeenCalled();
  });

  it("right after a start, takes over submits another engine held, even with a live lease", async () => {
    const findByNotifyId = vi.fn(async () => null);
    const { store, recovery } = setup(fakeVendorClient({ findByNotifyId }));
    const job = store.addJob({ ...inDoubt, submitState: "SUBMITTING", leaseOwner: "engine-before", leaseUntil: new Date(Date.now() + 60_000) });
    await recovery.resolveUnconfirmed();
    await settle();
    expect(store.job(job.id).submitState).toBe("NONE");
  });

  it("[issue 13] with engines sharing the database, a start leaves another engine's live submit alone, and takes it once its lease ran out", async () => {
    const findByNotifyId = vi.fn(async () => null);
    const { store, recovery } = setup(fakeVendorClient({ findByNotifyId }), { sharedDatabase: true });
    const live = store.addJob({ ...inDoubt, submitState: "SUBMITTING", leaseOwner: "other-process", leaseUntil: new Date(Date.now() + 60_000) });
    const dead = store.addJob({ ...inDoubt, submitState: "SUBMITTING", leaseOwner: "killed-process", leaseUntil: new Date(Date.now() - 1) });
    await recovery.resolveUnconfirmed();
    await settle();
    expect(store.job(live.id).submitState).toBe("SUBMITTING");
    expect(store.job(dead.id).submitState).toBe("NONE");
    expect(findByNotifyId).toHaveBeenCalledTimes(1);
  });

  it("[issue 13] with engines sharing the database, a restarted process takes over at once what its own crashed run left in doubt", async () => {
    const findByNotifyId = vi.fn(async () => null);
    const { store, recovery } = setup(fakeVendorClient({ findByNotifyId }), { sharedDatabase: true, engineId: "engine-here:now" });
    const mine = store.addJob({ ...inDoubt, submitState: "SUBMITTING", leaseOwner: "engine-here:crashed-run", leaseUntil: new Date(Date.now() + 60_000) });
    const theirs = store.addJob({ ...inDoubt, submitState: "SUBMITTING", leaseOwner: "engine-there:live", leaseUntil: new Date(Date.now() + 60_000) });
    await recovery.resolveUnconfirmed();
    await settle();
    expect(store.job(mine.id).submitState).toBe("NONE");
    expect(store.job(theirs.id).submitState).toBe("SUBMITTING");
  });
});
