// The engine's store over Prisma: the one EngineStore production wires into the job engine
// (lib/jobs/engine-store.ts says what each method promises).
import "server-only";
import type { EngineStore } from "@/lib/jobs/engine-store";
import { listUnprocessedWebhookJobs } from "@/lib/data/webhooks/list-unprocessed-webhook-jobs";
import { markWebhookEventsProcessed } from "@/lib/data/webhooks/mark-webhook-events-processed";
import { adoptVendorTask } from "./adopt-vendor-task";
import { claimJob } from "./claim-job";
import { completeJob } from "./complete-job";
import { failJob } from "./fail-job";
import { failUnsentJob } from "./fail-unsent-job";
import { findUnconfirmedSubmits } from "./find-unconfirmed-submits";
import { getConnectionForEngine } from "./get-connection-for-engine";
import { getJobForEngine } from "./get-job-for-engine";
import { giveUpSubmit } from "./give-up-submit";
import { listDispatchCandidates } from "./list-dispatch-candidates";
import { listJobsDueForPoll } from "./list-jobs-due-for-poll";
import { listTimedOutJobs } from "./list-timed-out-jobs";
import { markJobAccepted } from "./mark-job-accepted";
import { markSubmitUnknown } from "./mark-submit-unknown";
import { recordJobInput } from "./record-job-input";
import { recordJobProgress } from "./record-job-progress";
import { renewSubmitLease } from "./renew-submit-lease";
import { requeueUnsubmittedJob } from "./requeue-unsubmitted-job";
import { scheduleNextPoll } from "./schedule-next-poll";
import { takeDuePoll } from "./take-due-poll";

export const prismaEngineStore: EngineStore = {
  getJob: getJobForEngine,
  getConnection: getConnectionForEngine,
  listDispatchCandidates,
  listJobsDueForPoll,
  listTimedOutJobs,
  findUnconfirmedSubmits,
  listUnprocessedWebhookJobs: () => listUnprocessedWebhookJobs(),
  claimJob,
  renewSubmitLease,
  markJobAccepted,
  markSubmitUnknown,
  failUnsentJob,
  requeueUnsubmittedJob,
  giveUpSubmit,
  adoptVendorTask,
  recordJobProgress,
  recordJobInput,
  scheduleNextPoll,
  takeDuePoll,
  completeJob,
  failJob,
  markWebhookEventsProcessed,
};
