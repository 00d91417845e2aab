// What the engine does with a stored vendor callback: re-fetch the task (the callback is only a
// hint; vendors do not sign them), adopting a task whose id a crashed submit never stored.
// Follow-ups run a few at a time, one per job, coalesced; one that fails is tried again by
// maintenance after a growing pause and given up after a few attempts (at once when the vendor
// says it has no such task), its callbacks then marked processed with the reason (issue 11
// item 17: never a vendor call every 2 s forever).
import type { MjproxyProfile, Protocol } from "@/lib/domain/vendor-protocol";
import { nextSubmitState } from "@/lib/domain/submit-state";
import { parseVendorCallback } from "@/lib/vendors/parse-vendor-callback";
import type { VendorClient } from "@/lib/vendors/types";
import { isVendorError } from "@/lib/vendors/vendor-error";
import type { EngineConnection, EngineStore } from "./engine-store";
import type { RecoveryBackoff } from "./recovery-backoff";
import { taskFamilyOf } from "./task-family";

/**
 * Follow-ups running at once. The rest wait, coalesced per job: under a burst, acknowledgements
 * keep the CPU and each job's many callbacks become one re-fetch; when callbacks trickle in,
 * each is followed up at once.
 */
const WEBHOOK_CONCURRENCY = 2;

export interface FollowUpDeps {
  store: EngineStore;
  engineId: string;
  recovery: RecoveryBackoff;
  clientFor(connectionId: string): Promise<VendorClient>;
  connection(connectionId: string): Promise<EngineConnection | null>;
  /** Whether this engine's own submit of the job is still in flight. */
  isSending(jobId: string): boolean;
  announce(jobId: string): Promise<void>;
  refreshJob(jobId: string): Promise<void>;
}

export class WebhookFollowUps {
  private readonly waiting = new Map<string, string | undefined>();
  private readonly running = new Set<string>();
  private drainScheduled = false;

  constructor(private readonly ctx: FollowUpDeps) {}

  /** Queues a follow-up of this job's callbacks (the newest body wins). */
  add(jobId: string, body?: string): void {
    this.waiting.set(jobId, body ?? this.waiting.get(jobId));
    this.scheduleDrain();
  }

  /** Whether maintenance may queue this job's unprocessed callbacks again now. */
  due(jobId: string): boolean {
    return !this.running.has(jobId) && this.ctx.recovery.due(`webhook:${jobId}`);
  }

  /**
   * Queues again the callbacks stored but never handled (the server died right after answering
   * one, or a follow-up failed and its pause is over).
   */
  async retryUnprocessed(): Promise<void> {
    for (const { jobId, body } of await this.ctx.store.listUnprocessedWebhookJobs()) {
      if (this.due(jobId)) this.add(jobId, body);
    }
  }

  private scheduleDrain(): void {
    if (this.drainScheduled) return;
    this.drainScheduled = true;
    setImmediate(() => this.drain());
  }

  private drain(): void {
    this.drainScheduled = false;
    // A job already being followed up waits for that to end: one look-up per job at a time.
    const batch = [...this.waiting].filter(([jobId]) => !this.running.has(jobId)).slice(0, WEBHOOK_CONCURRENCY - this.running.size);
    for (const [jobId, body] of batch) {
      this.waiting.delete(jobId);
      this.running.add(jobId);
      void this.followUp(jobId, body).finally(() => {
        this.running.delete(jobId);
        if (this.waiting.size) this.scheduleDrain();
      });
    }
  }

  private async followUp(jobId: string, body: string | undefined): Promise<void> {
    const key = `webhook:${jobId}`;
    try {
      await this.adoptFromCallback(jobId, body);
      await this.ctx.refreshJob(jobId);
      await this.ctx.store.markWebhookEventsProcessed(jobId);
      this.ctx.recovery.succeeded(key);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const definitive = isVendorError(error) && error.code === "NOT_FOUND";
      const outcome = definitive ? { gaveUp: true, attempts: 1, retryInMs: 0 } : this.ctx.recovery.failed(key);
      if (!outcome.gaveUp) {
        console.warn(`[engine] webhook follow-up for ${jobId} failed (attempt ${outcome.attempts}, again in ${outcome.retryInMs} ms): ${message}`);
        return;
      }
      this.ctx.recovery.succeeded(key);
      console.warn(`[engine] gave up following up the callbacks of ${jobId}: ${message}`);
      await this.ctx.store
        .markWebhookEventsProcessed(jobId, definitive ? message : `Gave up after ${outcome.attempts} attempts: ${message}`)
        .catch((e) => console.error(`[engine] could not mark the callbacks of ${jobId} processed:`, e));
    }
  }

  /**
   * A callback for a job whose task id was never stored (the studio died mid-submit, or
   * recovery gave up on it): fetch the task the callback names and adopt it if the vendor says
   * it carries our notify id.
   */
  private async adoptFromCallback(jobId: string, body?: string): Promise<void> {
    if (!body) return;
    const job = await this.ctx.store.getJob(jobId);
    if (!job || job.vendorTaskId || !nextSubmitState(job.submitState, "adopt")) return;
    // Our own submit is still in flight: it will store the id itself (a fast vendor's first
    // callback can arrive before the submit's answer).
    if ((job.submitState === "SUBMITTING" && job.leaseOwner === this.ctx.engineId) || this.ctx.isSending(job.id)) return;
    const connection = await this.ctx.connection(job.connectionId);
    const candidate = connection
      ? parseVendorCallback({ protocol: connection.protocol as Protocol, profile: connection.profile as MjproxyProfile, baseUrl: connection.baseUrl }, body)
          ?.taskId
      : undefined;
    if (!candidate) return;
    const client = await this.ctx.clientFor(job.connectionId);
    const snapshot = await client.fetchTask(candidate, taskFamilyOf(job.kind));
    if (snapshot.notifyId !== job.notifyId) return;
    if (await this.ctx.store.adoptVendorTask(job.id, candidate)) {
      console.log(`[engine] recovered ${job.id}: the vendor confirmed task ${candidate}`);
      await this.ctx.announce(job.id);
    }
  }
}
