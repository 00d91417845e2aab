import { describe, expect, it, vi } from "vitest";
import type { SubmitResult, VendorClient } from "@/lib/vendors/types";
import { VendorError } from "@/lib/vendors/vendor-error";
import { Dispatcher } from "./dispatcher";
import type { EngineConnection } from "./engine-store";
import { FakeEngineStore, fakeConnection, fakeVendorClient, snapshot } from "./fake-engine-store";

function setup(imagine: VendorClient["imagine"], options: { cachedConnection?: EngineConnection } = {}) {
  const store = new FakeEngineStore();
  const client = fakeVendorClient({ imagine: vi.fn(imagine) });
  const announce = vi.fn(async () => undefined);
  const refreshJob = vi.fn(async () => undefined);
  const forgetConnection = vi.fn();
  const dispatcher = new Dispatcher({
    store,
    engineId: "engine-a",
    leaseMs: 60_000,
    uploads: { read: () => Promise.reject(new Error("no uploads")) },
    clientFor: async () => client,
    // The engine's cached settings: possibly older than the store's.
    connection: async (id) => options.cachedConnection ?? store.getConnection(id),
    forgetConnection,
    hookUrl: (token) => `https://studio.test/api/webhooks/${token}`,
    newWebhookToken: () => ({ token: "token-1234567890abcdef", hash: "hash" }),
    firstPollAt: () => new Date(Date.now() + 1_000),
    announce,
    refreshJob,
  });
  /** One dispatch pass, then every send it started. */
  const dispatch = async () => {
    await dispatcher.dispatch();
    await vi.waitFor(() => expect([...store.jobs.values()].some((j) => dispatcher.isSending(j.id))).toBe(false));
  };
  return { store, client, announce, refreshJob, forgetConnection, dispatcher, dispatch };
}

const accepted = async (): Promise<SubmitResult> => ({ taskId: "task-1" });

describe("dispatcher", () => {
  it("claims, sends with the webhook URL and notify id, stores the task id and announces it", async () => {
    const { store, client, announce, dispatch } = setup(accepted);
    const job = store.addJob();
    await dispatch();
    await vi.waitFor(() => expect(store.job(job.id).submitState).toBe("ACCEPTED"));
    expect(client.imagine).toHaveBeenCalledWith(
      expect.objectContaining({ hookUrl: "https://studio.test/api/webhooks/token-1234567890abcdef", notifyId: job.notifyId }),
    );
    expect(store.job(job.id)).toMatchObject({ status: "SUBMITTED", vendorTaskId: "task-1", fencingToken: 1 });
    expect(announce).toHaveBeenCalledWith(job.id);
  });

  it("applies a snapshot the vendor answered with at once", async () => {
    const known = snapshot({ status: "SUCCEEDED" });
    const { store, refreshJob, dispatch } = setup(async () => ({ taskId: "task-1", snapshot: known }));
    const job = store.addJob();
    await dispatch();
    await vi.waitFor(() => expect(refreshJob).toHaveBeenCalledWith(job.id, known));
  });

  it("never claims on a disabled connection, and fails the job with a clear reason", async () => {
    // Disabled after the engine cached it as active: the claim itself checks.
    const { store, client, forgetConnection, dispatcher } = setup(accepted, { cachedConnection: fakeConnection({ status: "ACTIVE" }) });
    store.addConnection({ status: "DISABLED" });
    const job = store.addJob();
    await dispatcher.dispatch();
    await vi.waitFor(() => expect(store.job(job.id).status).toBe("FAILED"));
    expect(store.job(job.id)).toMatchObject({ failureCode: "CONNECTION_DISABLED", submitState: "REFUSED", fencingToken: 0 });
    expect(forgetConnection).toHaveBeenCalledWith(job.connectionId);
    expect(client.imagine).not.toHaveBeenCalled();
  });

  it("marks a submit whose answer was lost as unknown, for recovery (never resent)", async () => {
    const { store, dispatch } = setup(async () => {
      throw new VendorError("NETWORK", "socket hang up", { outcomeUnknown: true });
    });
    const job = store.addJob();
    await dispatch();
    await vi.waitFor(() => expect(store.job(job.id).submitState).toBe("UNKNOWN"));
    expect(store.job(job.id).status).toBe("QUEUED");
  });

  it("fails a job the vendor refused", async () => {
    const { store, announce, dispatch } = setup(async () => {
      throw new VendorError("BANNED_PROMPT", "banned word: fox");
    });
    const job = store.addJob();
    await dispatch();
    await vi.waitFor(() => expect(store.job(job.id).status).toBe("FAILED"));
    expect(store.job(job.id)).toMatchObject({ submitState: "REFUSED", failureCode: "BANNED_PROMPT" });
    expect(store.job(job.id).failureReason).toMatch(/\(fox\)$/);
    expect(announce).toHaveBeenCalledWith(job.id);
  });

  it("submits no more than the connection's free slots", async () => {
    const { store, client, dispatch } = setup(accepted);
    store.addConnection({ id: "conn", concurrency: 2 });
    store.addJob({ status: "RUNNING", vendorTaskId: "busy" });
    store.addJob();
    store.addJob();
    await dispatch();
    await vi.waitFor(() => expect(client.imagine).toHaveBeenCalledTimes(1));
  });
});
