// POST /ttapi/midjourney/v1/fetch – a job's current state, the same JSON as its callbacks
import { stateAt } from "../engine/task-state";
import { firstIssue } from "../http/schema-helpers";
import { jsonResponse } from "../http/json-response";
import { findTtapiJob } from "./find-ttapi-job";
import { TTAPI_ERROR, ttapiFailure } from "./ttapi-envelope";
import type { TtapiCall } from "./ttapi-call";
import { buildTtapiJobPayload } from "./ttapi-job-payload";
import { ttapiFetchBody } from "./ttapi-bodies";

export function handleFetch(call: TtapiCall): Response {
  const parsed = ttapiFetchBody.safeParse(call.body);
  if (!parsed.success) return ttapiFailure(TTAPI_ERROR.PARAMETER, firstIssue(parsed.error));
  const job = findTtapiJob(call, parsed.data.jobId);
  if (!job) return ttapiFailure(TTAPI_ERROR.JOB_NOT_FOUND, `job ${parsed.data.jobId} does not exist`);
  // Bring the stored lifecycle up to date first, so fetch and webhooks never disagree for long.
  call.ctx.scheduler.pump();
  const fresh = findTtapiJob(call, job.id) ?? job;
  return jsonResponse(buildTtapiJobPayload(fresh, stateAt(fresh, call.ctx.now()), call.origin));
}
