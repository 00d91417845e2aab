// The dispatcher: prepares queued jobs, claims them and sends them to their vendors.
// - Each connection dispatches in a lane of its own (issue 11 item 6): preparing and claiming
//   one connection's jobs never waits for another connection, and a send runs on its own once
//   claimed, so a vendor that hangs holds up nothing but its own jobs.
// - A claim needs a connection that is not disabled (item 5); one that lost to a disabled
//   connection fails with a clear reason.
// - While the vendor call is in flight the claim's lease is renewed (item 1), and once the
//   vendor has accepted a job nothing on our side may fail it (item 2): only the vendor's result
//   finishes an accepted job.
import type { SpeedMode } from "@/lib/domain/speed-mode";
import type { SubmitResult, TaskSnapshot, VendorClient } from "@/lib/vendors/types";
import { isVendorError } from "@/lib/vendors/vendor-error";
import { ConnectionLanes } from "./connection-lanes";
import type { DispatchCandidate, EngineConnection, EngineStore } from "./engine-store";
import { failureMessage } from "./failure-messages";
import { prepareSubmit, SubmitPreconditionError, type SendSubmit, type UploadReader } from "./prepare-submit";
import { holdSubmitLease, recordVendorTask } from "./submit-lease";

/** What the dispatcher needs from the engine it belongs to. */
export interface DispatcherDeps {
  store: EngineStore;
  engineId: string;
  leaseMs: number;
  uploads: UploadReader;
  clientFor(connectionId: string): Promise<VendorClient>;
  /** Connection settings (cached briefly by the engine). */
  connection(connectionId: string): Promise<EngineConnection | null>;
  forgetConnection(connectionId: string): void;
  /** The webhook URL for a job's token, or undefined when the studio has no public URL. */
  hookUrl(token: string): string | undefined;
  /** A fresh webhook token and the hash the job stores (lib/trusted/engine/webhook-token.ts). */
  newWebhookToken(): { token: string; hash: string };
  firstPollAt(): Date;
  /** Records and publishes a change; never throws. */
  announce(jobId: string): Promise<void>;
  refreshJob(jobId: string, known?: TaskSnapshot): Promise<void>;
}

export class Dispatcher {
  private readonly lanes = new ConnectionLanes();
  private readonly sending = new Map<string, Promise<void>>();
  private listing = false;

  constructor(private readonly ctx: DispatcherDeps) {}

  /** Submits on their way to a vendor now (the engine's drain waits for them). */
  get sendingCount(): number {
    return this.sending.size;
  }

  /** Whether this engine's submit of the job is in flight (recovery leaves those alone). */
  isSending(jobId: string): boolean {
    return this.sending.has(jobId);
  }

  /** Starts a dispatch pass for every connection with queued jobs and free slots, without waiting for any. */
  async dispatch(): Promise<void> {
    if (this.listing) return;
    this.listing = true;
    try {
      const byConnection = new Map<string, DispatchCandidate[]>();
      for (const job of await this.ctx.store.listDispatchCandidates()) byConnection.set(job.connectionId, [...(byConnection.get(job.connectionId) ?? []), job]);
      // A connection whose pass is still running is skipped: its jobs are listed again next time.
      for (const [connectionId, jobs] of byConnection) this.lanes.tryRun(connectionId, () => this.dispatchConnection(jobs));
    } catch (error) {
      console.error("[engine] dispatch failed:", error);
    } finally {
      this.listing = false;
    }
  }

  /** One connection's pass: each job is prepared and claimed in turn; its send then runs on its own. */
  private async dispatchConnection(jobs: DispatchCandidate[]): Promise<void> {
    for (const job of jobs) {
      try {
        await this.claimAndSend(job);
      } catch (error) {
        console.error(`[engine] dispatching ${job.id} failed:`, error);
      }
    }
  }

  /** Prepare everything, claim, send at once: see lib/jobs/prepare-submit.ts for why. */
  private async claimAndSend(job: DispatchCandidate): Promise<void> {
    let send: SendSubmit;
    let connection: EngineConnection | null;
    try {
      connection = await this.ctx.connection(job.connectionId);
      if (!connection) throw new SubmitPreconditionError("BAD_REQUEST", "The vendor connection no longer exists.");
      const client = await this.ctx.clientFor(job.connectionId);
      send = await prepareSubmit(client, job, { ...connection, defaultMode: connection.defaultMode as SpeedMode }, this.ctx.uploads);
      // Wait for the rate limit here (the client factory put it on the client), so the request leaves right after the claim.
      await client.untilReady?.();
    } catch (error) {
      await this.refuse(job, error);
      return;
    }
    const { token, hash } = this.ctx.newWebhookToken();
    const fencingToken = await this.ctx.store.claimJob(job.id, job.fencingToken, this.ctx.engineId, this.ctx.leaseMs, hash);
    if (fencingToken === null) {
      await this.explainLostClaim(job);
      return;
    }
    const lease = holdSubmitLease(this.ctx.store, job.id, fencingToken, this.ctx.engineId, this.ctx.leaseMs);
    const sent = this.send(job, fencingToken, send, this.ctx.hookUrl(token))
      .catch((error) => console.error(`[engine] submit of ${job.id} failed:`, error))
      .finally(() => {
        lease.release();
        this.sending.delete(job.id);
      });
    this.sending.set(job.id, sent);
  }

  private async send(job: DispatchCandidate, fencingToken: number, send: SendSubmit, hookUrl: string | undefined): Promise<void> {
    let result: SubmitResult;
    try {
      result = await send({ hookUrl, notifyId: job.notifyId });
    } catch (error) {
      if (isVendorError(error) && error.outcomeUnknown) {
        console.warn(`[engine] submit of ${job.id} has an unknown outcome: ${error.message}`);
        await this.ctx.store.markSubmitUnknown(job.id, fencingToken);
        return;
      }
      await this.refuse(job, error);
      return;
    }
    // From here on the vendor is making (and billing) the task: nothing below may fail the job.
    // If anything throws, the job is left to polling, which finishes it from the vendor's result.
    try {
      if ((await recordVendorTask(this.ctx.store, job.id, fencingToken, result.taskId, this.ctx.firstPollAt())) === "lost") return;
      await this.ctx.announce(job.id);
      if (result.snapshot) await this.ctx.refreshJob(job.id, result.snapshot);
    } catch (error) {
      console.error(`[engine] ${job.id} was accepted by the vendor as ${result.taskId}; a step after that failed (polling continues):`, error);
    }
  }

  /** The vendor refused the job, or it could not be sent at all: it fails, unless it was accepted meanwhile. */
  private async refuse(job: DispatchCandidate, error: unknown): Promise<void> {
    const code = error instanceof SubmitPreconditionError || isVendorError(error) ? error.code : "VENDOR_ERROR";
    if (!isVendorError(error) && !(error instanceof SubmitPreconditionError)) console.error(`[engine] submit of ${job.id} failed:`, error);
    else console.warn(`[engine] vendor refused ${job.id}: ${error.message}`);
    if (await this.ctx.store.failUnsentJob(job.id, code, failureMessage(code, error instanceof Error ? error.message : undefined)))
      await this.ctx.announce(job.id);
  }

  /** Another engine or a cancel won the claim, or the connection was disabled meanwhile. */
  private async explainLostClaim(job: DispatchCandidate): Promise<void> {
    this.ctx.forgetConnection(job.connectionId);
    const connection = await this.ctx.store.getConnection(job.connectionId);
    if (connection?.status !== "DISABLED") return;
    console.warn(`[engine] not sending ${job.id}: its connection was disabled`);
    if (await this.ctx.store.failUnsentJob(job.id, "CONNECTION_DISABLED", failureMessage("CONNECTION_DISABLED"), { unclaimedOnly: true }))
      await this.ctx.announce(job.id);
  }
}
