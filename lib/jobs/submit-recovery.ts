// Submit recovery: what maintenance does about jobs nobody is following any more. Jobs at a
// vendor past the timeout fail. A submit that may or may not have reached the vendor is never
// sent again blindly: the task is looked up by the notify id it carried where the protocol
// allows it; otherwise (or when the look-up keeps failing) the job is failed for review (the
// user can start it again knowingly, and a callback or a late answer naming its task still
// brings it back: see webhook-follow-ups.ts and submit-lease.ts for adoption).
import type { TaskSnapshot, VendorClient } from "@/lib/vendors/types";
import type { EngineStore, UnconfirmedSubmit } from "./engine-store";
import { failureMessage } from "./failure-messages";
import type { RecoveryBackoff } from "./recovery-backoff";

export interface RecoveryDeps {
  store: EngineStore;
  engineId: string;
  recovery: RecoveryBackoff;
  jobTimeoutMs: number;
  clientFor(connectionId: string): Promise<VendorClient>;
  /** Whether this engine's own submit of the job is still in flight (a heartbeat late under load is not a lost submit). */
  isSending(jobId: string): boolean;
  /** Records and publishes a change; never throws. */
  announce(jobId: string): Promise<void>;
  refreshJob(jobId: string, known?: TaskSnapshot): Promise<void>;
  /** A job was put back in the queue: submit it now. */
  wakeDispatcher(): void;
  /** Other engines share the database: their submits are theirs until their leases run out (EngineOptions.sharedDatabase). */
  sharedDatabase: boolean;
  /** What every run of this process's engine id starts with (EngineOptions.instance). */
  instancePrefix: string;
}

export class SubmitRecovery {
  private readonly resolving = new Set<string>();
  private bootRecoveryDone = false;

  constructor(private readonly deps: RecoveryDeps) {}

  /** Fails the jobs at a vendor for longer than the timeout. */
  async failTimedOut(now = Date.now()): Promise<void> {
    for (const { id } of await this.deps.store.listTimedOutJobs(new Date(now - this.deps.jobTimeoutMs))) {
      if (await this.deps.store.failJob(id, "TIMEOUT", failureMessage("TIMEOUT"))) await this.deps.announce(id);
    }
  }

  /**
   * Starts resolving every submit in doubt that is due. Right after a start, submits owned by
   * any other engine count as in doubt (one engine runs per SQLite database), unless engines share
   * the database: then another process's submit may be alive, and only an expired lease says it is
   * not; but this process's own earlier run (same instance prefix: a crash and restart) is gone.
   */
  async resolveUnconfirmed(): Promise<void> {
    const { engineId, instancePrefix, sharedDatabase } = this.deps;
    // Where engines share the database, only this process's own earlier run is known to be gone.
    const takeOver = this.bootRecoveryDone ? undefined : { currentOwner: engineId, ownerPrefix: sharedDatabase ? instancePrefix : undefined };
    const unconfirmed = await this.deps.store.findUnconfirmedSubmits(new Date(), takeOver);
    this.bootRecoveryDone = true;
    for (const job of unconfirmed) {
      if (this.deps.isSending(job.id) || this.resolving.has(job.id) || !this.deps.recovery.due(`submit:${job.id}`)) continue;
      this.resolving.add(job.id);
      void this.resolve(job).finally(() => this.resolving.delete(job.id));
    }
  }

  private async resolve(job: UnconfirmedSubmit): Promise<void> {
    const { store, recovery, announce } = this.deps;
    const key = `submit:${job.id}`;
    const review = async () => {
      if (await store.giveUpSubmit(job.id, "UNCONFIRMED", failureMessage("UNCONFIRMED"))) await announce(job.id);
    };
    try {
      const client = await this.deps.clientFor(job.connectionId);
      if (!client.findByNotifyId) return await review();
      const found = await client.findByNotifyId(job.notifyId, new Date(job.createdAt.getTime() - 60_000));
      recovery.succeeded(key);
      if (!found) {
        await store.requeueUnsubmittedJob(job.id);
        this.deps.wakeDispatcher();
        return;
      }
      if (await store.markJobAccepted(job.id, job.fencingToken, found.taskId, new Date())) {
        await announce(job.id);
        await this.deps.refreshJob(job.id, found);
      }
    } catch (error) {
      const outcome = recovery.failed(key);
      console.warn(`[engine] could not look up unconfirmed ${job.id} (attempt ${outcome.attempts}): ${error instanceof Error ? error.message : error}`);
      if (outcome.gaveUp) await review().catch((e) => console.error(`[engine] could not fail ${job.id} for review:`, e));
    }
  }
}
