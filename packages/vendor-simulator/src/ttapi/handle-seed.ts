// POST /ttapi/midjourney/v1/seed – reveal a finished job's seed (in data.seed of fetch/callback)
//
// The example answers with the same jobId: no new job is made. The seed then shows in the
// job's own payload, and when a hookUrl is given the job's payload is POSTed to it once more.
import { stateAt } from "../engine/task-state";
import { firstIssue } from "../http/schema-helpers";
import { notifyTask } from "../webhooks/notify-task";
import { findTtapiJob } from "./find-ttapi-job";
import { TTAPI_ERROR, ttapiFailure, ttapiSuccess } from "./ttapi-envelope";
import type { TtapiCall } from "./ttapi-call";
import { ttapiSeedBody } from "./ttapi-bodies";

export function handleSeed(call: TtapiCall): Response {
  const parsed = ttapiSeedBody.safeParse(call.body);
  if (!parsed.success) return ttapiFailure(TTAPI_ERROR.PARAMETER, firstIssue(parsed.error));
  const job = findTtapiJob(call, parsed.data.jobId);
  if (!job) return ttapiFailure(TTAPI_ERROR.JOB_NOT_FOUND, `job ${parsed.data.jobId} does not exist`);
  if (job.status !== "succeeded" || !job.result?.image) return ttapiFailure(TTAPI_ERROR.PARAMETER, "the job has not finished successfully");
  call.ctx.store.revealSeed(job.id);
  const revealed = call.ctx.store.get(job.id);
  if (revealed && parsed.data.hookUrl) notifyTask(call.ctx, revealed, stateAt(revealed, call.ctx.now()), parsed.data.hookUrl);
  return ttapiSuccess({ jobId: job.id });
}
