// The job engine: submits queued jobs within each connection's concurrency limit, follows
// them by webhook and by polling, stores their images, and announces every change.
// One engine runs per server process (started from instrumentation.ts). Submitting lives in
// job-submitter.ts, callbacks in webhook-follow-ups.ts; every connection progresses on its
// own: no loop here waits for a vendor.
import { randomUUID } from "node:crypto";
import { completeJob } from "@/lib/trusted/engine/complete-job";
import { failJob } from "@/lib/trusted/engine/fail-job";
import { giveUpSubmit } from "@/lib/trusted/engine/give-up-submit";
import { findUnconfirmedSubmits } from "@/lib/trusted/engine/find-unconfirmed-submits";
import { getConnectionForEngine } from "@/lib/trusted/engine/get-connection-for-engine";
import { getJobForEngine, type EngineJob } from "@/lib/trusted/engine/get-job-for-engine";
import { listJobsDueForPoll } from "@/lib/trusted/engine/list-jobs-due-for-poll";
import { listTimedOutJobs } from "@/lib/trusted/engine/list-timed-out-jobs";
import { markJobAccepted } from "@/lib/trusted/engine/mark-job-accepted";
import { recordJobEvent } from "@/lib/trusted/engine/record-job-event";
import { recordJobProgress } from "@/lib/trusted/engine/record-job-progress";
import { requeueUnsubmittedJob } from "@/lib/trusted/engine/requeue-unsubmitted-job";
import { scheduleNextPoll } from "@/lib/trusted/engine/schedule-next-poll";
import { listUnprocessedWebhookJobs } from "@/lib/data/webhooks/list-unprocessed-webhook-jobs";
import type { TaskSnapshot, VendorClient } from "@/lib/vendors/types";
import { publishJobEvent } from "./event-bus";
import { failureMessage } from "./failure-messages";
import { IngestQueue } from "./ingest-queue";
import { JobSubmitter } from "./job-submitter";
import { followVendorDialog, type DialogEnv } from "./follow-vendor-dialog";
import { advance, isTerminal } from "./job-status";
import type { UploadReader } from "./prepare-submit";
import { RecoveryBackoff } from "./recovery-backoff";
import { WebhookFollowUps } from "./webhook-follow-ups";

export interface EngineDeps {
  clientFor(connectionId: string): Promise<VendorClient>;
  uploads: UploadReader;
  ingest(job: EngineJob, snapshot: TaskSnapshot, client: VendorClient): Promise<{ width?: number; height?: number }>;
  isRetryableIngestError(error: unknown): boolean;
}

export interface EngineOptions {
  pollIntervalMs: number;
  jobTimeoutMs: number;
  /** When set, vendors get webhook URLs under it; otherwise polling alone finishes jobs. */
  publicUrl?: string;
  tickMs?: number;
  /** How long a claimed submit may go unrenewed before recovery takes it for dead (renewed every third of it). */
  leaseMs?: number;
  /** The first pause before a failed recovery look-up is tried again (doubling up to 5 attempts). */
  recoveryBackoffMs?: number;
  /** Image ingests running at once in this process. */
  ingestConcurrency?: number;
  /**
   * How long a task may still read "waiting for input" after its submit or the engine's last
   * confirmation before the engine confirms again (New API shows the old status for up to 15 s).
   */
  modalGraceMs?: number;
}

const MAX_POLL_INTERVAL_MS = 20_000;
const CONNECTION_TTL_MS = 30_000;

export class JobEngine {
  readonly id = `engine-${randomUUID()}`;
  private readonly refreshes = new Map<string, { again: boolean; done: Promise<void> }>();
  private readonly submitter: JobSubmitter;
  private readonly followUps: WebhookFollowUps;
  private readonly ingests: IngestQueue;
  private readonly recovery: RecoveryBackoff;
  private readonly resolving = new Set<string>();
  private timer?: NodeJS.Timeout;
  private polling = false;
  private maintaining = false;
  private lastMaintenance = 0;
  private bootRecoveryDone = false;
  private readonly connections = new Map<string, { row: Awaited<ReturnType<typeof getConnectionForEngine>>; expires: number }>();

  constructor(
    private readonly deps: EngineDeps,
    readonly options: EngineOptions,
  ) {
    this.ingests = new IngestQueue(options.ingestConcurrency ?? 3);
    this.recovery = new RecoveryBackoff(options.recoveryBackoffMs ?? 2_000, 5);
    this.submitter = new JobSubmitter({
      engineId: this.id,
      leaseMs: options.leaseMs ?? 60_000,
      uploads: deps.uploads,
      clientFor: (connectionId) => deps.clientFor(connectionId),
      connection: (connectionId) => this.connection(connectionId),
      forgetConnection: (connectionId) => this.forgetConnection(connectionId),
      hookUrl: (token) => (this.options.publicUrl ? `${this.options.publicUrl.replace(/\/$/, "")}/api/webhooks/${token}` : undefined),
      firstPollAt: () => new Date(Date.now() + this.firstPollDelay()),
      announce: (jobId) => this.announce(jobId),
      refreshJob: (jobId, known) => this.refreshJob(jobId, known),
    });
    this.followUps = new WebhookFollowUps({
      engineId: this.id,
      recovery: this.recovery,
      clientFor: (connectionId) => deps.clientFor(connectionId),
      connection: (connectionId) => this.connection(connectionId),
      isSending: (jobId) => this.submitter.isSending(jobId),
      announce: (jobId) => this.announce(jobId),
      refreshJob: (jobId) => this.refreshJob(jobId),
    });
  }

  get webhooksEnabled(): boolean {
    return Boolean(this.options.publicUrl);
  }

  start(): void {
    if (this.timer) return;
    // Node loads its fetch implementation on first use (tens of ms): do it now, not between a
    // job's claim and its submit, where a crash would leave the outcome unknown.
    void fetch("data:,").catch(() => undefined);
    this.timer = setInterval(() => void this.tick(), this.options.tickMs ?? 200);
    this.timer.unref?.();
  }

  stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }

  /** A new job was queued: submit it now rather than at the next tick. */
  wakeDispatcher(): void {
    setImmediate(() => void this.dispatch());
  }

  /** A job was just queued by a user: tell its watchers and submit it without waiting. */
  async onJobQueued(jobId: string): Promise<void> {
    await this.announce(jobId);
    this.wakeDispatcher();
  }

  /** A callback for this job was stored: re-fetch the task (never trusting the callback's URLs). */
  onWebhook(jobId: string, body?: string): void {
    this.followUps.add(jobId, body);
  }

  forgetConnection(connectionId: string): void {
    this.connections.delete(connectionId);
  }

  /** Connection settings, cached briefly: read on every submit and every refresh. */
  private async connection(connectionId: string) {
    const cached = this.connections.get(connectionId);
    if (cached && cached.expires > Date.now()) return cached.row;
    const row = await getConnectionForEngine(connectionId);
    this.connections.set(connectionId, { row, expires: Date.now() + CONNECTION_TTL_MS });
    return row;
  }

  /** One pass of every loop. Each starts its vendor work and returns without waiting for it. */
  async tick(): Promise<void> {
    await Promise.all([this.dispatch(), this.poll(), this.maintain()]);
  }

  dispatch(): Promise<void> {
    return this.submitter.dispatch();
  }

  /** Starts a refresh of every job due for a poll; one that hangs holds up only itself. */
  async poll(): Promise<void> {
    if (this.polling) return;
    this.polling = true;
    try {
      const due = await listJobsDueForPoll(new Date(), 50, [...this.refreshes.keys()]);
      for (const job of due) void this.refreshJob(job.id).catch((error) => console.error(`[engine] refresh of ${job.id} failed:`, error));
    } catch (error) {
      console.error("[engine] poll failed:", error);
    } finally {
      this.polling = false;
    }
  }

  /**
   * Fetches the job's task from its vendor and applies it. Concurrent calls for one job
   * (ten duplicate webhooks at once) collapse into one fetch plus at most one follow-up.
   */
  refreshJob(jobId: string, known?: TaskSnapshot): Promise<void> {
    const running = this.refreshes.get(jobId);
    if (running) {
      running.again = true;
      return running.done;
    }
    const entry = { again: false, done: Promise.resolve() };
    entry.done = (async () => {
      try {
        let snapshot = known;
        do {
          entry.again = false;
          await this.refreshOnce(jobId, snapshot);
          snapshot = undefined;
        } while (entry.again);
      } finally {
        this.refreshes.delete(jobId);
      }
    })();
    this.refreshes.set(jobId, entry);
    return entry.done;
  }

  private async refreshOnce(jobId: string, known?: TaskSnapshot): Promise<void> {
    const job = await getJobForEngine(jobId);
    if (!job || isTerminal(job.status) || !job.vendorTaskId) return;
    const connection = await this.connection(job.connectionId);
    if (!connection) return;
    let snapshot = known;
    let client: VendorClient | undefined;
    try {
      // Every request of this client waits for the connection's rate limit (see lib/jobs/rate-limiter.ts).
      client = await this.deps.clientFor(job.connectionId);
      snapshot ??= await client.fetchTask(job.vendorTaskId);
      await this.apply(job, snapshot, client);
    } catch (error) {
      console.warn(`[engine] refresh of ${jobId} failed: ${error instanceof Error ? error.message : error}`);
      await scheduleNextPoll(jobId, new Date(Date.now() + this.pollDelay(job.pollCount + 1)));
    }
  }

  private async apply(job: EngineJob, snapshot: TaskSnapshot, client: VendorClient): Promise<void> {
    if (snapshot.status === "CANCELLED") {
      if (snapshot.failureReason) console.warn(`[engine] vendor cancelled ${job.id}: ${snapshot.failureReason}`);
      if (await failJob(job.id, "CANCELLED", failureMessage("CANCELLED"), { status: "CANCELLED" })) await this.announce(job.id);
      return;
    }
    if (snapshot.status === "FAILED") {
      const code = snapshot.failureCode ?? "VENDOR_ERROR";
      if (snapshot.failureReason) console.warn(`[engine] vendor failed ${job.id}: ${snapshot.failureReason}`);
      if (await failJob(job.id, code, failureMessage(code, snapshot.failureReason), { quotaUsed: snapshot.quota })) await this.announce(job.id);
      return;
    }
    if (snapshot.status === "SUCCEEDED") {
      await this.finish(job, snapshot, client);
      return;
    }
    const next = advance({ status: job.status as TaskSnapshot["status"], progress: job.progress }, snapshot);
    if (next && (await recordJobProgress(job.id, job, next, next.status === "RUNNING" && job.status !== "RUNNING" ? { startedAt: new Date() } : {}))) {
      await this.announce(job.id);
    }
    // The task waits in the vendor's dialog: confirm it with the prompt the studio has, or ask the user.
    if (snapshot.status === "NEEDS_INPUT" && (await followVendorDialog(job, snapshot, client, this.dialogEnv()))) return;
    await scheduleNextPoll(job.id, new Date(Date.now() + this.pollDelay(job.pollCount)));
  }

  private async finish(job: EngineJob, snapshot: TaskSnapshot, client: VendorClient): Promise<void> {
    let size: { width?: number; height?: number };
    try {
      // A few ingests at a time per process (memory), none of them able to take every slot.
      size = await this.ingests.run(job.connectionId, () => this.deps.ingest(job, snapshot, client));
    } catch (error) {
      if (this.deps.isRetryableIngestError(error) && job.pollCount < 12) {
        console.warn(`[engine] storing images of ${job.id} failed, will retry: ${error instanceof Error ? error.message : error}`);
        await scheduleNextPoll(job.id, new Date(Date.now() + this.pollDelay(job.pollCount + 2)));
        return;
      }
      console.error(`[engine] storing images of ${job.id} failed for good:`, error);
      if (await failJob(job.id, "INGEST", failureMessage("INGEST"))) await this.announce(job.id);
      return;
    }
    const completed = await completeJob(job.id, {
      offeredActions: snapshot.actions,
      result: { seed: snapshot.seed, prompts: snapshot.prompts, vendorPrompt: snapshot.prompt },
      width: size.width ?? snapshot.width,
      height: size.height ?? snapshot.height,
      // The vendor's charge replaces the reservation; a vendor that reports none (midjourney-proxy)
      // is taken to have charged the connection's price.
      quotaUsed: snapshot.quota ?? job.cost,
    });
    if (completed) await this.announce(job.id);
  }

  /** Timeouts, callbacks never handled, and submits whose outcome is unknown. */
  async maintain(force = false): Promise<void> {
    if (this.maintaining || (!force && Date.now() - this.lastMaintenance < 2000)) return;
    this.maintaining = true;
    this.lastMaintenance = Date.now();
    try {
      for (const { id } of await listTimedOutJobs(new Date(Date.now() - this.options.jobTimeoutMs))) {
        if (await failJob(id, "TIMEOUT", failureMessage("TIMEOUT"))) await this.announce(id);
      }
      // Callbacks stored but never handled (the server died right after answering one, or a
      // follow-up failed and its pause is over).
      for (const { jobId, body } of await listUnprocessedWebhookJobs()) {
        if (this.followUps.due(jobId)) this.onWebhook(jobId, body);
      }
      const unconfirmed = await findUnconfirmedSubmits(new Date(), this.bootRecoveryDone ? undefined : this.id);
      this.bootRecoveryDone = true;
      for (const job of unconfirmed) {
        // Our own submit still in flight (a heartbeat late under load) is not a lost one.
        if (this.submitter.isSending(job.id) || this.resolving.has(job.id) || !this.recovery.due(`submit:${job.id}`)) continue;
        this.resolving.add(job.id);
        void this.resolveUnconfirmed(job).finally(() => this.resolving.delete(job.id));
      }
    } catch (error) {
      console.error("[engine] maintenance failed:", error);
    } finally {
      this.maintaining = false;
    }
  }

  /**
   * A submit that may or may not have reached the vendor is never sent again blindly: the
   * task is looked up by the notify id it carried where the protocol allows it; otherwise (or
   * when the look-up keeps failing) the job is failed for review (the user can start it again
   * knowingly, and a callback or a late answer naming its task still brings it back).
   */
  private async resolveUnconfirmed(job: { id: string; connectionId: string; notifyId: string; createdAt: Date; fencingToken: number }): Promise<void> {
    const key = `submit:${job.id}`;
    const review = async () => {
      if (await giveUpSubmit(job.id, "UNCONFIRMED", failureMessage("UNCONFIRMED"))) await this.announce(job.id);
    };
    try {
      const client = await this.deps.clientFor(job.connectionId);
      if (!client.findByNotifyId) return await review();
      const found = await client.findByNotifyId(job.notifyId, new Date(job.createdAt.getTime() - 60_000));
      this.recovery.succeeded(key);
      if (!found) {
        await requeueUnsubmittedJob(job.id);
        this.wakeDispatcher();
        return;
      }
      if (await markJobAccepted(job.id, job.fencingToken, found.taskId, new Date())) {
        await this.announce(job.id);
        await this.refreshJob(job.id, found);
      }
    } catch (error) {
      const outcome = this.recovery.failed(key);
      console.warn(`[engine] could not look up unconfirmed ${job.id} (attempt ${outcome.attempts}): ${error instanceof Error ? error.message : error}`);
      if (outcome.gaveUp) await review().catch((e) => console.error(`[engine] could not fail ${job.id} for review:`, e));
    }
  }

  private dialogEnv(): DialogEnv {
    return {
      uploads: this.deps.uploads,
      graceMs: this.options.modalGraceMs ?? 60_000,
      pollIntervalMs: this.options.pollIntervalMs,
      announce: (id) => this.announce(id),
    };
  }

  /** Records and publishes a change. Never throws: a broken listener or a failed write must not change what happens to the job. */
  private async announce(jobId: string): Promise<void> {
    try {
      const event = await recordJobEvent(jobId);
      if (event) publishJobEvent(event);
    } catch (error) {
      console.error(`[engine] announcing a change of ${jobId} failed:`, error);
    }
  }

  private firstPollDelay(): number {
    return this.webhooksEnabled ? this.options.pollIntervalMs * 3 : this.options.pollIntervalMs;
  }

  /** Polls back off slowly while a job runs; with webhooks on, polling is only the safety net. */
  private pollDelay(pollCount: number): number {
    const base = this.webhooksEnabled ? this.options.pollIntervalMs * 5 : this.options.pollIntervalMs;
    return Math.min(MAX_POLL_INTERVAL_MS, Math.round(base * Math.pow(1.15, Math.min(pollCount, 30))));
  }
}
