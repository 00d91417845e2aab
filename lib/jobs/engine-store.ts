// Everything the job engine reads and writes, as one port (like its vendor port, VendorClient).
// The engine's parts take it by injection: production wires prismaEngineStore
// (lib/trusted/engine/prisma-engine-store.ts), unit tests an in-memory fake. Every write is a
// conditional update that reports whether it applied, so a concurrent writer (another engine,
// a cancel, an admin) turns a step into a no-op rather than a step backwards.
import type { JobResult } from "@/lib/domain/job-json";
import type { OfferedAction } from "@/lib/vendors/types";
import type { JobInputState } from "./job-input-state";

/** A queued job the dispatcher may submit, with what its submit needs. */
export interface DispatchCandidate {
  id: string;
  teamId: string;
  userId: string;
  connectionId: string;
  kind: string;
  action: string | null;
  prompt: string;
  params: string;
  notifyId: string;
  fencingToken: number;
  parent: { id: string; vendorTaskId: string | null; offeredActions: string; connectionId: string } | null;
}

/** The fields the engine needs to follow a job at its vendor. */
export interface EngineJob {
  id: string;
  teamId: string;
  userId: string;
  visibility: string;
  connectionId: string;
  kind: string;
  action: string | null;
  prompt: string;
  params: string;
  status: string;
  progress: number;
  vendorTaskId: string | null;
  notifyId: string;
  submitState: string;
  leaseOwner: string | null;
  submittedAt: Date | null;
  createdAt: Date;
  pollCount: number;
  result: string;
  cost: number;
}

/** A connection's settings as the engine uses them. */
export interface EngineConnection {
  id: string;
  protocol: string;
  profile: string;
  baseUrl: string;
  rateLimitPerMin: number;
  defaultMode: string;
  status: string;
  updatedAt: Date;
}

/** Which other engines' submits a starting engine takes for dead, whatever their leases say. */
export interface BootTakeOver {
  currentOwner: string;
  /** Only engines whose id starts with this (an earlier run of this same process); every other engine without it. */
  ownerPrefix?: string;
}

/** A submit whose outcome is unknown (see findUnconfirmedSubmits). */
export interface UnconfirmedSubmit {
  id: string;
  connectionId: string;
  notifyId: string;
  createdAt: Date;
  fencingToken: number;
}

export interface JobCompletion {
  offeredActions: OfferedAction[];
  result: JobResult;
  width?: number;
  height?: number;
  /** What the job cost: the vendor's charge, or the reservation where the vendor reports none. */
  quotaUsed?: number;
}

export interface EngineStore {
  // Reads
  getJob(jobId: string): Promise<EngineJob | null>;
  getConnection(connectionId: string): Promise<EngineConnection | null>;
  /** The oldest queued jobs of each connection, as many as its concurrency leaves room for. */
  listDispatchCandidates(): Promise<DispatchCandidate[]>;
  /** Jobs at a vendor whose next poll is due, oldest first, leaving out `busy`. */
  listJobsDueForPoll(now: Date, limit: number, busy: string[]): Promise<{ id: string; connectionId: string }[]>;
  /** Jobs at a vendor since before `submittedBefore`. */
  listTimedOutJobs(submittedBefore: Date): Promise<{ id: string }[]>;
  /**
   * Submits in doubt whose lease expired; with `bootTakeOver` (right after a start) also those owned
   * by an engine other than `currentOwner` whose id starts with `ownerPrefix` (any, without one).
   */
  findUnconfirmedSubmits(now: Date, bootTakeOver?: BootTakeOver): Promise<UnconfirmedSubmit[]>;
  /** Stored callbacks not handled yet, one (the newest body) per job. */
  listUnprocessedWebhookJobs(): Promise<{ jobId: string; body: string }[]>;

  // The submit (state machine: lib/domain/submit-state.ts)
  /** NONE → SUBMITTING, unless the connection is disabled; the new fencing token, or null. */
  claimJob(jobId: string, expectedToken: number, owner: string, leaseMs: number, webhookTokenHash: string): Promise<number | null>;
  renewSubmitLease(jobId: string, fencingToken: number, owner: string, until: Date): Promise<boolean>;
  /** SUBMITTING | UNKNOWN → ACCEPTED for the holder of the fencing token. */
  markJobAccepted(jobId: string, fencingToken: number, vendorTaskId: string, firstPollAt: Date): Promise<boolean>;
  /** SUBMITTING → UNKNOWN. */
  markSubmitUnknown(jobId: string, fencingToken: number): Promise<void>;
  /** → REFUSED and FAILED, only while nothing reached the vendor (`unclaimedOnly`: not while a submit is under way). */
  failUnsentJob(jobId: string, failureCode: string, failureReason: string, options?: { unclaimedOnly?: boolean }): Promise<boolean>;
  /** SUBMITTING | UNKNOWN → NONE: the vendor never saw it. */
  requeueUnsubmittedJob(jobId: string): Promise<void>;
  /** SUBMITTING | UNKNOWN → REVIEW and FAILED. */
  giveUpSubmit(jobId: string, failureCode: string, failureReason: string): Promise<boolean>;
  /** SUBMITTING | UNKNOWN | REVIEW → ACCEPTED with a task the vendor confirmed carries the job's notify id. */
  adoptVendorTask(jobId: string, vendorTaskId: string): Promise<boolean>;

  // Following a job at its vendor
  recordJobProgress(
    jobId: string,
    from: { status: string; progress: number },
    to: { status: string; progress: number },
    extra?: { startedAt?: Date },
  ): Promise<boolean>;
  recordJobInput(jobId: string, input: JobInputState): Promise<boolean>;
  scheduleNextPoll(jobId: string, at: Date): Promise<void>;
  /** Moves a due poll to `holdUntil` unless another engine took it first; true for the engine that took it. */
  takeDuePoll(jobId: string, now: Date, holdUntil: Date): Promise<boolean>;
  completeJob(jobId: string, completion: JobCompletion): Promise<boolean>;
  failJob(jobId: string, failureCode: string, failureReason: string, extra?: { quotaUsed?: number; status?: "FAILED" | "CANCELLED" }): Promise<boolean>;
  /** Marks a job's stored callbacks handled (with the reason when they were given up on). */
  markWebhookEventsProcessed(jobId: string, error?: string): Promise<void>;
}
