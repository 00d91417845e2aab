// The job engine: submits queued jobs within each connection's concurrency limit, follows
// them by webhook and by polling, stores their images, and announces every change. One engine
// runs per server process. This file holds only the timers and the composition of its parts:
// - dispatcher.ts          prepare, claim, send (one lane per connection)
// - task-refresher.ts      coalesced refresh of a task, apply its state, finish (ingest)
// - poll-schedule.ts       when the next poll of a job is due
// - webhook-follow-ups.ts  what a stored vendor callback leads to (re-fetch, adoption)
// - submit-recovery.ts     timeouts and submits whose outcome is unknown
// Every part reads and writes through the injected EngineStore and talks to vendors through
// clientFor; no loop here waits for a vendor.
import { randomUUID } from "node:crypto";
import type { TaskSnapshot } from "@/lib/vendors/types";
import { ConnectionCache } from "./connection-cache";
import { Dispatcher } from "./dispatcher";
import type { EngineDeps, EngineOptions } from "./engine-options";
import { IngestQueue } from "./ingest-queue";
import { PollSchedule } from "./poll-schedule";
import { RecoveryBackoff } from "./recovery-backoff";
import { SubmitRecovery } from "./submit-recovery";
import { TaskRefresher } from "./task-refresher";
import { WebhookFollowUps } from "./webhook-follow-ups";

export type { EngineDeps, EngineOptions };

/** How often maintenance (timeouts, unhandled callbacks, unconfirmed submits) runs at most. */
const MAINTENANCE_EVERY_MS = 2_000;

export class JobEngine {
  readonly id: string;
  private readonly connections: ConnectionCache;
  private readonly dispatcher: Dispatcher;
  private readonly refresher: TaskRefresher;
  private readonly followUps: WebhookFollowUps;
  private readonly recovery: SubmitRecovery;
  private readonly announce: (jobId: string) => Promise<void>;
  private timer?: NodeJS.Timeout;
  private maintaining = false;
  private lastMaintenance = 0;

  constructor(
    private readonly deps: EngineDeps,
    readonly options: EngineOptions,
  ) {
    const { store, clientFor, uploads } = deps;
    const instancePrefix = `engine-${options.instance ?? "any"}:`;
    this.id = `${instancePrefix}${randomUUID()}`;
    const engineId = this.id;
    // A broken listener or a failed write must not change what happens to the job.
    const announce = (jobId: string) => deps.announce(jobId).catch((error) => console.error(`[engine] announcing a change of ${jobId} failed:`, error));
    const connection = (connectionId: string) => this.connections.get(connectionId);
    const refreshJob = (jobId: string, known?: TaskSnapshot) => this.refresher.refreshJob(jobId, known);
    const isSending = (jobId: string) => this.dispatcher.isSending(jobId);
    const schedule = new PollSchedule(options.pollIntervalMs, this.webhooksEnabled);
    const backoff = new RecoveryBackoff(options.recoveryBackoffMs ?? 2_000, 5);
    this.connections = new ConnectionCache(store);
    this.refresher = new TaskRefresher({
      ...{ store, clientFor, connection, announce, schedule, uploads },
      ingests: new IngestQueue(options.ingestConcurrency ?? 3),
      ingest: deps.ingest,
      isRetryableIngestError: deps.isRetryableIngestError,
      modalGraceMs: options.modalGraceMs ?? 60_000,
      sharedDatabase: options.sharedDatabase ?? false,
    });
    this.dispatcher = new Dispatcher({
      ...{ store, engineId, clientFor, connection, announce, refreshJob, uploads },
      leaseMs: options.leaseMs ?? 60_000,
      forgetConnection: (connectionId) => this.forgetConnection(connectionId),
      hookUrl: (token) => (options.publicUrl ? `${options.publicUrl.replace(/\/$/, "")}/api/webhooks/${token}` : undefined),
      newWebhookToken: deps.newWebhookToken,
      firstPollAt: () => schedule.firstPollAt(),
    });
    this.followUps = new WebhookFollowUps({ store, engineId, recovery: backoff, clientFor, connection, isSending, announce, refreshJob });
    this.recovery = new SubmitRecovery({
      ...{ store, engineId, recovery: backoff, clientFor, isSending, announce, refreshJob },
      jobTimeoutMs: options.jobTimeoutMs,
      sharedDatabase: options.sharedDatabase ?? false,
      instancePrefix,
      wakeDispatcher: () => this.wakeDispatcher(),
    });
    this.announce = announce;
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

  /**
   * After stop(), at shutdown: resolves true once no submit, refresh or image ingest is in flight,
   * or false after `timeoutMs` (what is still running then is resumed by recovery after the restart).
   */
  async drain(timeoutMs: number): Promise<boolean> {
    const deadline = Date.now() + timeoutMs;
    while (this.dispatcher.sendingCount + this.refresher.busyCount > 0) {
      if (Date.now() >= deadline) return false;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    return true;
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

  /** An admin changed the connection: its next use reads the new settings. */
  forgetConnection(connectionId: string): void {
    this.connections.forget(connectionId);
  }

  /** One pass of every loop. Each starts its vendor work and returns without waiting for it. */
  async tick(): Promise<void> {
    await Promise.all([this.dispatch(), this.poll(), this.maintain()]);
  }

  dispatch(): Promise<void> {
    return this.dispatcher.dispatch();
  }

  poll(): Promise<void> {
    return this.refresher.pollDue();
  }

  /** Fetches the job's task from its vendor and applies it (concurrent calls for one job collapse). */
  refreshJob(jobId: string, known?: TaskSnapshot): Promise<void> {
    return this.refresher.refreshJob(jobId, known);
  }

  /** Timeouts, callbacks never handled, and submits whose outcome is unknown. */
  async maintain(force = false): Promise<void> {
    if (this.maintaining || (!force && Date.now() - this.lastMaintenance < MAINTENANCE_EVERY_MS)) return;
    this.maintaining = true;
    this.lastMaintenance = Date.now();
    try {
      await this.recovery.failTimedOut();
      await this.followUps.retryUnprocessed();
      await this.recovery.resolveUnconfirmed();
    } catch (error) {
      console.error("[engine] maintenance failed:", error);
    } finally {
      this.maintaining = false;
    }
  }
}
