// The job engine: submits queued jobs within each connection's concurrency limit, follows
// them by webhook and by polling, stores their images, and announces every change.
// One engine runs per server process (started from instrumentation.ts).
import { randomUUID } from "node:crypto";
import { adoptVendorTask } from "@/lib/data/engine/adopt-vendor-task";
import { claimJob } from "@/lib/data/engine/claim-job";
import type { DispatchCandidate } from "@/lib/data/engine/dispatch-candidate";
import { completeJob } from "@/lib/data/engine/complete-job";
import { failJob } from "@/lib/data/engine/fail-job";
import { findUnconfirmedSubmits } from "@/lib/data/engine/find-unconfirmed-submits";
import { getConnectionForEngine } from "@/lib/data/engine/get-connection-for-engine";
import { getJobForEngine, type EngineJob } from "@/lib/data/engine/get-job-for-engine";
import { listDispatchCandidates } from "@/lib/data/engine/list-dispatch-candidates";
import { listJobsDueForPoll } from "@/lib/data/engine/list-jobs-due-for-poll";
import { listTimedOutJobs } from "@/lib/data/engine/list-timed-out-jobs";
import { markJobAccepted } from "@/lib/data/engine/mark-job-accepted";
import { markSubmitUnknown } from "@/lib/data/engine/mark-submit-unknown";
import { recordJobEvent } from "@/lib/data/engine/record-job-event";
import { recordJobProgress } from "@/lib/data/engine/record-job-progress";
import { requeueUnsubmittedJob } from "@/lib/data/engine/requeue-unsubmitted-job";
import { scheduleNextPoll } from "@/lib/data/engine/schedule-next-poll";
import { newWebhookToken } from "@/lib/data/engine/webhook-token";
import { listUnprocessedWebhookJobs } from "@/lib/data/webhooks/list-unprocessed-webhook-jobs";
import { markWebhookEventsProcessed } from "@/lib/data/webhooks/mark-webhook-events-processed";
import { parseVendorCallback } from "@/lib/vendors/parse-vendor-callback";
import type { MjproxyProfile, Protocol, SpeedMode, TaskSnapshot, VendorClient } from "@/lib/vendors/types";
import { isVendorError } from "@/lib/vendors/vendor-error";
import { publishJobEvent } from "./event-bus";
import { failureMessage } from "./failure-messages";
import { followVendorDialog, type DialogEnv } from "./follow-vendor-dialog";
import { advance, isTerminal } from "./job-status";
import { RateLimiter } from "./rate-limiter";
import { prepareSubmit, SubmitPreconditionError, type UploadReader } from "./prepare-submit";

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
  leaseMs?: number;
  /**
   * How long a task may still read "waiting for input" after its submit or the engine's last
   * confirmation before the engine confirms again (New API shows the old status for up to 15 s).
   */
  modalGraceMs?: number;
}

const MAX_POLL_INTERVAL_MS = 20_000;
/**
 * Webhook follow-ups (re-fetch from the vendor) running at once. The rest wait, coalesced per
 * job: under a burst, acknowledgements keep the CPU and each job's many callbacks become one
 * re-fetch; when callbacks trickle in, each is followed up at once.
 */
const WEBHOOK_CONCURRENCY = 2;
const CONNECTION_TTL_MS = 30_000;

export class JobEngine {
  readonly id = `engine-${randomUUID()}`;
  private readonly limiter = new RateLimiter();
  private readonly refreshes = new Map<string, { again: boolean; done: Promise<void> }>();
  private timer?: NodeJS.Timeout;
  private dispatchRequested = true;
  private dispatching = false;
  private polling = false;
  private maintaining = false;
  private lastMaintenance = 0;
  private bootRecoveryDone = false;
  private readonly webhookJobs = new Map<string, string | undefined>();
  private drainScheduled = false;
  private webhookFollowUps = 0;
  private readonly connections = new Map<string, { row: Awaited<ReturnType<typeof getConnectionForEngine>>; expires: number }>();

  constructor(
    private readonly deps: EngineDeps,
    readonly options: EngineOptions,
  ) {}

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
    this.dispatchRequested = true;
    setImmediate(() => void this.dispatch());
  }

  /** A job was just queued by a user: tell its watchers and submit it without waiting. */
  async onJobQueued(jobId: string): Promise<void> {
    await this.announce(jobId);
    this.wakeDispatcher();
  }

  /** A callback for this job was stored: re-fetch the task (never trusting the callback's URLs). */
  onWebhook(jobId: string, body?: string): void {
    // A burst of callbacks for one job collapses into one follow-up (the newest body wins).
    this.webhookJobs.set(jobId, body ?? this.webhookJobs.get(jobId));
    if (!this.drainScheduled) {
      this.drainScheduled = true;
      setImmediate(() => void this.drainWebhooks());
    }
  }

  private async drainWebhooks(): Promise<void> {
    this.drainScheduled = false;
    const batch = [...this.webhookJobs].slice(0, WEBHOOK_CONCURRENCY - this.webhookFollowUps);
    for (const [jobId, body] of batch) {
      this.webhookJobs.delete(jobId);
      this.webhookFollowUps++;
      void this.adoptFromCallback(jobId, body)
        .then(() => this.refreshJob(jobId))
        .then(() => markWebhookEventsProcessed(jobId))
        .catch((error) => console.warn(`[engine] webhook follow-up for ${jobId} failed: ${error}`))
        .finally(() => {
          this.webhookFollowUps--;
          if (this.webhookJobs.size && !this.drainScheduled) {
            this.drainScheduled = true;
            setImmediate(() => void this.drainWebhooks());
          }
        });
    }
  }

  /**
   * A callback for a job whose task id was never stored (the studio died mid-submit): fetch
   * the task the callback names and adopt it if the vendor says it carries our notify id.
   */
  private async adoptFromCallback(jobId: string, body?: string): Promise<void> {
    if (!body) return;
    const job = await getJobForEngine(jobId);
    if (!job || job.vendorTaskId || !["SUBMITTING", "UNKNOWN", "REVIEW"].includes(job.submitState)) return;
    // Our own submit is still in flight: it will store the id itself (a fast vendor's first
    // callback can arrive before the submit's answer).
    if (job.submitState === "SUBMITTING" && job.leaseOwner === this.id) return;
    const connection = await this.connection(job.connectionId);
    const candidate = connection
      ? parseVendorCallback({ protocol: connection.protocol as Protocol, profile: connection.profile as MjproxyProfile, baseUrl: connection.baseUrl }, body)?.taskId
      : undefined;
    if (!candidate) return;
    const client = await this.deps.clientFor(job.connectionId);
    const snapshot = await client.fetchTask(candidate);
    if (snapshot.notifyId !== job.notifyId) return;
    if (await adoptVendorTask(job.id, candidate)) {
      console.log(`[engine] recovered ${job.id}: the vendor confirmed task ${candidate}`);
      await this.announce(job.id);
    }
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

  /** One full pass of every loop, for tests and benchmarks that drive the engine by hand. */
  async tick(): Promise<void> {
    await Promise.all([this.dispatch(), this.poll(), this.maintain()]);
  }

  async dispatch(): Promise<void> {
    if (this.dispatching) return;
    this.dispatching = true;
    try {
      this.dispatchRequested = false;
      const candidates = await listDispatchCandidates();
      await Promise.all(candidates.map((job) => this.submit(job)));
      if (candidates.length) this.dispatchRequested = true;
    } catch (error) {
      console.error("[engine] dispatch failed:", error);
    } finally {
      this.dispatching = false;
    }
  }

  /** Prepare everything, claim, send at once: see lib/jobs/prepare-submit.ts for why. */
  private async submit(job: DispatchCandidate): Promise<void> {
    let fencingToken: number | null = null;
    try {
      const connection = await this.connection(job.connectionId);
      if (!connection) throw new SubmitPreconditionError("BAD_REQUEST", "The vendor connection no longer exists.");
      const client = await this.deps.clientFor(job.connectionId);
      const send = await prepareSubmit(client, job, { ...connection, defaultMode: connection.defaultMode as SpeedMode }, this.deps.uploads);
      await this.limiter.take(job.connectionId, connection.rateLimitPerMin);
      const { token, hash } = newWebhookToken();
      fencingToken = await claimJob(job.id, job.fencingToken, this.id, this.options.leaseMs ?? 60_000, hash);
      if (fencingToken === null) return; // another engine, or a cancel, got there first
      const hookUrl = this.options.publicUrl ? `${this.options.publicUrl.replace(/\/$/, "")}/api/webhooks/${token}` : undefined;
      const result = await send({ hookUrl, notifyId: job.notifyId });
      const accepted = await markJobAccepted(job.id, fencingToken, result.taskId, new Date(Date.now() + this.firstPollDelay()));
      if (!accepted) return;
      await this.announce(job.id);
      if (result.snapshot) await this.refreshJob(job.id, result.snapshot);
    } catch (error) {
      if (fencingToken !== null && isVendorError(error) && error.outcomeUnknown) {
        console.warn(`[engine] submit of ${job.id} has an unknown outcome: ${error.message}`);
        await markSubmitUnknown(job.id, fencingToken);
        return;
      }
      const code = error instanceof SubmitPreconditionError || isVendorError(error) ? error.code : "VENDOR_ERROR";
      if (!isVendorError(error) && !(error instanceof SubmitPreconditionError)) console.error(`[engine] submit of ${job.id} failed:`, error);
      else console.warn(`[engine] vendor refused ${job.id}: ${error.message}`);
      if (await failJob(job.id, code, failureMessage(code, error instanceof Error ? error.message : undefined), { submitState: "REFUSED" })) {
        await this.announce(job.id);
      }
    }
  }

  async poll(): Promise<void> {
    if (this.polling) return;
    this.polling = true;
    try {
      const due = await listJobsDueForPoll(new Date(), 50);
      await Promise.all(due.map((job) => this.refreshJob(job.id)));
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
      client = await this.deps.clientFor(job.connectionId);
      if (!snapshot) {
        await this.limiter.take(job.connectionId, connection.rateLimitPerMin);
        snapshot = await client.fetchTask(job.vendorTaskId);
      }
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
      if (await failJob(job.id, code, failureMessage(code, snapshot.failureReason))) await this.announce(job.id);
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
      size = await this.deps.ingest(job, snapshot, client);
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
      quotaUsed: snapshot.quota,
    });
    if (completed) await this.announce(job.id);
  }

  /** Timeouts and submits whose outcome is unknown. */
  async maintain(force = false): Promise<void> {
    if (this.maintaining || (!force && Date.now() - this.lastMaintenance < 2000)) return;
    this.maintaining = true;
    this.lastMaintenance = Date.now();
    try {
      for (const { id } of await listTimedOutJobs(new Date(Date.now() - this.options.jobTimeoutMs))) {
        if (await failJob(id, "TIMEOUT", failureMessage("TIMEOUT"))) await this.announce(id);
      }
      // Callbacks stored but never handled (the server died right after answering one).
      for (const { jobId, body } of await listUnprocessedWebhookJobs()) this.onWebhook(jobId, body);
      const unconfirmed = await findUnconfirmedSubmits(new Date(), this.bootRecoveryDone ? undefined : this.id);
      this.bootRecoveryDone = true;
      for (const job of unconfirmed) await this.resolveUnconfirmed(job);
    } catch (error) {
      console.error("[engine] maintenance failed:", error);
    } finally {
      this.maintaining = false;
    }
  }

  /**
   * A submit that may or may not have reached the vendor is never sent again blindly: the
   * task is looked up by the notify id it carried where the protocol allows it; otherwise the
   * job is failed for review (the user can start it again knowingly).
   */
  private async resolveUnconfirmed(job: { id: string; connectionId: string; notifyId: string; createdAt: Date; fencingToken: number }): Promise<void> {
    const client = await this.deps.clientFor(job.connectionId);
    if (!client.findByNotifyId) {
      if (await failJob(job.id, "UNCONFIRMED", failureMessage("UNCONFIRMED"), { submitState: "REVIEW" })) await this.announce(job.id);
      return;
    }
    try {
      const found = await client.findByNotifyId(job.notifyId, new Date(job.createdAt.getTime() - 60_000));
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
      console.warn(`[engine] could not look up unconfirmed ${job.id} yet: ${error instanceof Error ? error.message : error}`);
    }
  }

  private dialogEnv(): DialogEnv {
    return { uploads: this.deps.uploads, graceMs: this.options.modalGraceMs ?? 60_000, pollIntervalMs: this.options.pollIntervalMs, announce: (id) => this.announce(id) };
  }

  private async announce(jobId: string): Promise<void> {
    const event = await recordJobEvent(jobId);
    if (event) publishJobEvent(event);
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
