// An in-memory EngineStore for the engine parts' unit tests: the same conditional moves as the
// Prisma store (lib/trusted/engine), submit states through lib/domain/submit-state.ts, and a
// log of every write so a test can say what happened without a database.
import { nextSubmitState, SUBMIT_IN_DOUBT, type SubmitEvent } from "@/lib/domain/submit-state";
import type { BootTakeOver, DispatchCandidate, EngineConnection, EngineJob, EngineStore, JobCompletion } from "./engine-store";
import { ACTIVE_STATUSES, isTerminal } from "@/lib/domain/job-status";
import type { TaskSnapshot, VendorClient } from "@/lib/vendors/types";

export interface FakeJob extends EngineJob {
  fencingToken: number;
  leaseUntil: Date | null;
  nextPollAt: Date | null;
  failureCode: string | null;
  failureReason: string | null;
  quotaUsed: number | null;
  completion?: JobCompletion;
}

export interface FakeWebhook {
  jobId: string;
  body: string;
  processed: boolean;
  error?: string;
}

let counter = 0;

export function fakeJob(patch: Partial<FakeJob> = {}): FakeJob {
  const id = patch.id ?? `job-${++counter}`;
  return {
    ...{ id, teamId: "team", userId: "user", visibility: "SHARED", connectionId: "conn", kind: "IMAGINE", action: null, prompt: "a fox" },
    ...{ params: "{}", status: "QUEUED", progress: 0, vendorTaskId: null, notifyId: `notify-${id}`, submitState: "NONE", leaseOwner: null },
    ...{ submittedAt: null, createdAt: new Date(0), pollCount: 0, result: "{}", cost: 1, fencingToken: 0, leaseUntil: null, nextPollAt: null },
    ...{ failureCode: null, failureReason: null, quotaUsed: null },
    ...patch,
  };
}

export function fakeConnection(patch: Partial<EngineConnection> = {}): EngineConnection {
  return {
    id: "conn",
    protocol: "ttapi",
    profile: "generic",
    baseUrl: "http://vendor.test",
    rateLimitPerMin: 600,
    defaultMode: "fast",
    status: "ACTIVE",
    updatedAt: new Date(0),
    ...patch,
  };
}

export class FakeEngineStore implements EngineStore {
  readonly jobs = new Map<string, FakeJob>();
  readonly connections = new Map<string, EngineConnection & { concurrency: number }>();
  readonly webhooks: FakeWebhook[] = [];
  /** Every write that applied, in order: [method, jobId]. */
  readonly writes: [string, string][] = [];

  addJob(patch: Partial<FakeJob> = {}): FakeJob {
    const job = fakeJob(patch);
    this.jobs.set(job.id, job);
    if (!this.connections.has(job.connectionId)) this.addConnection({ id: job.connectionId });
    return job;
  }

  addConnection(patch: Partial<EngineConnection> & { concurrency?: number } = {}): EngineConnection {
    const connection = { ...fakeConnection(patch), concurrency: patch.concurrency ?? 10 };
    this.connections.set(connection.id, connection);
    return connection;
  }

  job(jobId: string): FakeJob {
    const job = this.jobs.get(jobId);
    if (!job) throw new Error(`no job ${jobId}`);
    return job;
  }

  private write(method: string, jobId: string, applies: boolean, change: (job: FakeJob) => void): boolean {
    const job = this.jobs.get(jobId);
    if (!job || !applies) return false;
    change(job);
    this.writes.push([method, jobId]);
    return true;
  }

  /** Moves the job's submit state if the machine allows it from where it is; false otherwise. */
  private move(job: FakeJob | undefined, event: SubmitEvent): boolean {
    const next = job && nextSubmitState(job.submitState, event);
    if (!job || !next) return false;
    job.submitState = next;
    return true;
  }

  async getJob(jobId: string) {
    const job = this.jobs.get(jobId);
    return job ? { ...job } : null;
  }

  async getConnection(connectionId: string) {
    return this.connections.get(connectionId) ?? null;
  }

  async listDispatchCandidates(): Promise<DispatchCandidate[]> {
    const candidates: DispatchCandidate[] = [];
    for (const connection of this.connections.values()) {
      const mine = [...this.jobs.values()].filter((j) => j.connectionId === connection.id);
      const active = mine.filter(
        (j) => ACTIVE_STATUSES.includes(j.status as never) || (j.status === "QUEUED" && SUBMIT_IN_DOUBT.includes(j.submitState as never)),
      );
      const waiting = mine.filter((j) => j.status === "QUEUED" && j.submitState === "NONE");
      for (const j of waiting.slice(0, Math.max(0, connection.concurrency - active.length))) {
        candidates.push({ ...j, parent: null });
      }
    }
    return candidates;
  }

  async listJobsDueForPoll(now: Date, limit: number, busy: string[]) {
    return [...this.jobs.values()]
      .filter((j) => ACTIVE_STATUSES.includes(j.status as never) && j.vendorTaskId && j.nextPollAt && j.nextPollAt <= now && !busy.includes(j.id))
      .slice(0, limit);
  }

  async listTimedOutJobs(submittedBefore: Date) {
    return [...this.jobs.values()].filter((j) => ACTIVE_STATUSES.includes(j.status as never) && j.submittedAt && j.submittedAt < submittedBefore);
  }

  async findUnconfirmedSubmits(now: Date, bootTakeOver?: BootTakeOver) {
    const takenOver = (owner: string | null) =>
      !!bootTakeOver && owner !== bootTakeOver.currentOwner && (!bootTakeOver.ownerPrefix || (owner ?? "").startsWith(bootTakeOver.ownerPrefix));
    return [...this.jobs.values()].filter(
      (j) => j.status === "QUEUED" && SUBMIT_IN_DOUBT.includes(j.submitState as never) && (!j.leaseUntil || j.leaseUntil < now || takenOver(j.leaseOwner)),
    );
  }

  async listUnprocessedWebhookJobs() {
    const newest = new Map<string, string>();
    for (const w of this.webhooks) if (!w.processed) newest.set(w.jobId, w.body);
    return [...newest].map(([jobId, body]) => ({ jobId, body }));
  }

  async claimJob(jobId: string, expectedToken: number, owner: string, leaseMs: number, webhookTokenHash: string) {
    const job = this.jobs.get(jobId);
    const connection = job && this.connections.get(job.connectionId);
    const applies = job?.status === "QUEUED" && job.fencingToken === expectedToken && connection?.status !== "DISABLED" && this.move(job, "claim");
    const claimed = this.write("claimJob", jobId, applies, (j) => {
      Object.assign(j, { leaseOwner: owner, leaseUntil: new Date(Date.now() + leaseMs), fencingToken: expectedToken + 1, webhookTokenHash });
    });
    return claimed ? expectedToken + 1 : null;
  }

  async renewSubmitLease(jobId: string, fencingToken: number, owner: string, until: Date) {
    const job = this.jobs.get(jobId);
    const applies = job?.fencingToken === fencingToken && job.leaseOwner === owner && job.submitState === "SUBMITTING" && job.status === "QUEUED";
    return this.write("renewSubmitLease", jobId, applies, (j) => (j.leaseUntil = until));
  }

  async markJobAccepted(jobId: string, fencingToken: number, vendorTaskId: string, firstPollAt: Date) {
    const job = this.jobs.get(jobId);
    const applies = job?.fencingToken === fencingToken && this.move(job, "accept");
    return this.write("markJobAccepted", jobId, applies, (j) => {
      Object.assign(j, { vendorTaskId, status: "SUBMITTED", submittedAt: new Date(), nextPollAt: firstPollAt, leaseOwner: null, leaseUntil: null });
    });
  }

  async markSubmitUnknown(jobId: string, fencingToken: number) {
    const job = this.jobs.get(jobId);
    this.write("markSubmitUnknown", jobId, job?.fencingToken === fencingToken && this.move(job, "lose"), (j) => (j.leaseUntil = new Date(0)));
  }

  async failUnsentJob(jobId: string, failureCode: string, failureReason: string, options: { unclaimedOnly?: boolean } = {}) {
    const job = this.jobs.get(jobId);
    const applies = job?.status === "QUEUED" && !job.vendorTaskId && (!options.unclaimedOnly || job.submitState === "NONE") && this.move(job, "refuse");
    return this.write("failUnsentJob", jobId, applies, (j) => this.end(j, "FAILED", failureCode, failureReason));
  }

  async requeueUnsubmittedJob(jobId: string) {
    const job = this.jobs.get(jobId);
    this.write("requeueUnsubmittedJob", jobId, job?.status === "QUEUED" && this.move(job, "requeue"), (j) =>
      Object.assign(j, { leaseOwner: null, leaseUntil: null }),
    );
  }

  async giveUpSubmit(jobId: string, failureCode: string, failureReason: string) {
    const job = this.jobs.get(jobId);
    return this.write("giveUpSubmit", jobId, !!job && !isTerminal(job.status) && this.move(job, "giveUp"), (j) =>
      this.end(j, "FAILED", failureCode, failureReason),
    );
  }

  async adoptVendorTask(jobId: string, vendorTaskId: string) {
    const job = this.jobs.get(jobId);
    const applies = !!job && !job.vendorTaskId && (job.status === "QUEUED" ? job.submitState !== "REVIEW" : job.status === "FAILED") && this.move(job, "adopt");
    return this.write("adoptVendorTask", jobId, applies, (j) => {
      Object.assign(j, { vendorTaskId, status: "SUBMITTED", failureCode: null, failureReason: null, submittedAt: new Date(), nextPollAt: new Date() });
      Object.assign(j, { leaseOwner: null, leaseUntil: null });
    });
  }

  async recordJobProgress(jobId: string, from: { status: string; progress: number }, to: { status: string; progress: number }) {
    const job = this.jobs.get(jobId);
    const applies = job?.status === from.status && job.progress === from.progress;
    return this.write("recordJobProgress", jobId, applies, (j) => Object.assign(j, to));
  }

  async recordJobInput(jobId: string, input: unknown) {
    const job = this.jobs.get(jobId);
    return this.write("recordJobInput", jobId, !!job && !isTerminal(job.status), (j) => (j.result = JSON.stringify({ ...JSON.parse(j.result), input })));
  }

  async takeDuePoll(jobId: string, now: Date, holdUntil: Date) {
    const job = this.jobs.get(jobId);
    return this.write("takeDuePoll", jobId, !!job && !isTerminal(job.status) && !!job.nextPollAt && job.nextPollAt <= now, (j) =>
      Object.assign(j, { nextPollAt: holdUntil }),
    );
  }

  async scheduleNextPoll(jobId: string, at: Date) {
    const job = this.jobs.get(jobId);
    this.write("scheduleNextPoll", jobId, !!job && !isTerminal(job.status), (j) => Object.assign(j, { nextPollAt: at, pollCount: j.pollCount + 1 }));
  }

  async completeJob(jobId: string, completion: JobCompletion) {
    const job = this.jobs.get(jobId);
    return this.write("completeJob", jobId, !!job && !isTerminal(job.status), (j) => {
      Object.assign(j, { status: "SUCCEEDED", progress: 100, nextPollAt: null, completion, quotaUsed: completion.quotaUsed ?? null });
    });
  }

  async failJob(jobId: string, failureCode: string, failureReason: string, extra: { quotaUsed?: number; status?: "FAILED" | "CANCELLED" } = {}) {
    const job = this.jobs.get(jobId);
    return this.write("failJob", jobId, !!job && !isTerminal(job.status), (j) => {
      this.end(j, extra.status ?? "FAILED", failureCode, failureReason);
      if (extra.quotaUsed !== undefined) j.quotaUsed = extra.quotaUsed;
    });
  }

  async markWebhookEventsProcessed(jobId: string, error?: string) {
    for (const w of this.webhooks) if (w.jobId === jobId && !w.processed) Object.assign(w, { processed: true, error });
    this.writes.push(["markWebhookEventsProcessed", jobId]);
  }

  private end(job: FakeJob, status: string, failureCode: string, failureReason: string): void {
    Object.assign(job, { status, failureCode, failureReason, leaseOwner: null, leaseUntil: null, nextPollAt: null });
  }
}

/** Resolves once every callback queued so far (setImmediate) and the promises they start have run. */
export async function settle(rounds = 5): Promise<void> {
  for (let i = 0; i < rounds; i++) await new Promise((r) => setImmediate(r));
}

/** A vendor client whose every method fails unless a test gives it one (only what a test uses is called). */
export function fakeVendorClient(methods: Partial<VendorClient> = {}): VendorClient {
  const missing = (name: string) => () => Promise.reject(new Error(`fake vendor: ${name} not expected`));
  return {
    protocol: "ttapi",
    imagine: missing("imagine"),
    act: missing("act"),
    blend: missing("blend"),
    describe: missing("describe"),
    varyRegion: missing("varyRegion"),
    fetchTask: missing("fetchTask"),
    seed: missing("seed"),
    checkConnection: missing("checkConnection"),
    downloadImage: missing("downloadImage"),
    ...methods,
  };
}

export function snapshot(patch: Partial<TaskSnapshot> = {}): TaskSnapshot {
  return { taskId: "task-1", status: "RUNNING", progress: 10, actions: [], ...patch };
}
