// The task refresher: fetches a job's task from its vendor and applies what it says (progress,
// a dialog waiting for input, the end), storing the images of a finished task. Concurrent
// refreshes of one job (ten duplicate webhooks at once) collapse into one fetch plus at most
// one follow-up, and the poll pass starts a refresh of every job due without waiting for any.
import type { TaskSnapshot, VendorClient } from "@/lib/vendors/types";
import type { EngineConnection, EngineJob, EngineStore } from "./engine-store";
import { failureMessage } from "./failure-messages";
import { followVendorDialog } from "./follow-vendor-dialog";
import type { IngestQueue } from "./ingest-queue";
import { advance, isTerminal } from "@/lib/domain/job-status";
import type { PollSchedule } from "./poll-schedule";
import { taskFamilyOf } from "./task-family";
import type { UploadReader } from "./prepare-submit";

export interface RefresherDeps {
  store: EngineStore;
  clientFor(connectionId: string): Promise<VendorClient>;
  /** Connection settings (cached briefly by the engine). */
  connection(connectionId: string): Promise<EngineConnection | null>;
  /** Records and publishes a change; never throws. */
  announce(jobId: string): Promise<void>;
  schedule: PollSchedule;
  ingests: IngestQueue;
  ingest(job: EngineJob, snapshot: TaskSnapshot, client: VendorClient): Promise<{ width?: number; height?: number }>;
  isRetryableIngestError(error: unknown): boolean;
  uploads: UploadReader;
  /** How long a task may still read "waiting for input" after a confirmation (see EngineOptions.modalGraceMs). */
  modalGraceMs: number;
  /** Other engines poll from the same database: take each due poll before sending it (EngineOptions.sharedDatabase). */
  sharedDatabase: boolean;
}

/** How long a taken poll stays with its engine before another may take it (its process may have died). */
const POLL_HOLD_MS = 60_000;

/** Ingests that fail in a retryable way are tried again at later polls, up to this poll count. */
const MAX_INGEST_POLLS = 12;

export class TaskRefresher {
  private readonly refreshes = new Map<string, { again: boolean; done: Promise<void> }>();

  /** Refreshes and image ingests in flight or waiting (shutdown waits for them). */
  get busyCount(): number {
    const ingests = this.deps.ingests.stats;
    return this.refreshes.size + ingests.running + ingests.waiting;
  }
  private polling = false;

  constructor(private readonly deps: RefresherDeps) {}

  /** Starts a refresh of every job due for a poll; one that hangs holds up only itself. */
  async pollDue(): Promise<void> {
    if (this.polling) return;
    this.polling = true;
    try {
      const now = new Date();
      const due = await this.deps.store.listJobsDueForPoll(now, 50, [...this.refreshes.keys()]);
      for (const job of due) {
        if (this.deps.sharedDatabase && !(await this.deps.store.takeDuePoll(job.id, now, new Date(now.getTime() + POLL_HOLD_MS)))) continue;
        void this.refreshJob(job.id).catch((error) => console.error(`[engine] refresh of ${job.id} failed:`, error));
      }
    } catch (error) {
      console.error("[engine] poll failed:", error);
    } finally {
      this.polling = false;
    }
  }

  /** Fetches the job's task (or takes the snapshot already known) and applies it; concurrent calls coalesce. */
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
    const { store } = this.deps;
    const job = await store.getJob(jobId);
    if (!job || isTerminal(job.status) || !job.vendorTaskId) return;
    const connection = await this.deps.connection(job.connectionId);
    if (!connection) return;
    let snapshot = known;
    let client: VendorClient | undefined;
    try {
      // Every request of this client waits for the connection's rate limit (the client factory puts it there).
      client = await this.deps.clientFor(job.connectionId);
      snapshot ??= await client.fetchTask(job.vendorTaskId, taskFamilyOf(job.kind));
      await this.apply(job, snapshot, client);
    } catch (error) {
      console.warn(`[engine] refresh of ${jobId} failed: ${error instanceof Error ? error.message : error}`);
      await store.scheduleNextPoll(jobId, this.deps.schedule.nextPollAt(job.pollCount + 1));
    }
  }

  private async apply(job: EngineJob, snapshot: TaskSnapshot, client: VendorClient): Promise<void> {
    const { store, announce } = this.deps;
    if (snapshot.status === "CANCELLED") {
      if (snapshot.failureReason) console.warn(`[engine] vendor cancelled ${job.id}: ${snapshot.failureReason}`);
      if (await store.failJob(job.id, "CANCELLED", failureMessage("CANCELLED"), { status: "CANCELLED" })) await announce(job.id);
      return;
    }
    if (snapshot.status === "FAILED") {
      const code = snapshot.failureCode ?? "VENDOR_ERROR";
      if (snapshot.failureReason) console.warn(`[engine] vendor failed ${job.id}: ${snapshot.failureReason}`);
      if (await store.failJob(job.id, code, failureMessage(code, snapshot.failureReason), { quotaUsed: snapshot.quota })) await announce(job.id);
      return;
    }
    if (snapshot.status === "SUCCEEDED") {
      await this.finish(job, snapshot, client);
      return;
    }
    const next = advance({ status: job.status as TaskSnapshot["status"], progress: job.progress }, snapshot);
    const started = next?.status === "RUNNING" && job.status !== "RUNNING" ? { startedAt: new Date() } : {};
    if (next && (await store.recordJobProgress(job.id, job, next, started))) await announce(job.id);
    // The task waits in the vendor's dialog: confirm it with the prompt the studio has, or ask the user.
    if (snapshot.status === "NEEDS_INPUT" && (await followVendorDialog(job, snapshot, client, this.dialogEnv()))) return;
    await store.scheduleNextPoll(job.id, this.deps.schedule.nextPollAt(job.pollCount));
  }

  private async finish(job: EngineJob, snapshot: TaskSnapshot, client: VendorClient): Promise<void> {
    const { store, announce } = this.deps;
    let size: { width?: number; height?: number };
    try {
      // A few ingests at a time per process (memory), none of them able to take every slot.
      size = await this.deps.ingests.run(job.connectionId, () => this.deps.ingest(job, snapshot, client));
    } catch (error) {
      if (this.deps.isRetryableIngestError(error) && job.pollCount < MAX_INGEST_POLLS) {
        console.warn(`[engine] storing images of ${job.id} failed, will retry: ${error instanceof Error ? error.message : error}`);
        await store.scheduleNextPoll(job.id, this.deps.schedule.nextPollAt(job.pollCount + 2));
        return;
      }
      console.error(`[engine] storing images of ${job.id} failed for good:`, error);
      if (await store.failJob(job.id, "INGEST", failureMessage("INGEST"))) await announce(job.id);
      return;
    }
    const completed = await store.completeJob(job.id, {
      offeredActions: snapshot.actions,
      result: { seed: snapshot.seed, prompts: snapshot.prompts, vendorPrompt: snapshot.prompt },
      width: size.width ?? snapshot.width,
      height: size.height ?? snapshot.height,
      // The vendor's charge replaces the reservation; a vendor that reports none (midjourney-proxy)
      // is taken to have charged the connection's price.
      quotaUsed: snapshot.quota ?? job.cost,
    });
    if (!completed) return;
    // One line per finished job: with several studio processes, which one finished a job.
    console.log(`[engine] ${job.id} succeeded`);
    await announce(job.id);
  }

  private dialogEnv() {
    const { store, uploads, modalGraceMs, announce, schedule } = this.deps;
    return { store, uploads, graceMs: modalGraceMs, schedule, announce };
  }
}
