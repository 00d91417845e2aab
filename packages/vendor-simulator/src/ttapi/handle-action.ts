// POST /ttapi/midjourney/v1/action – run one of a finished job's `components` (U1, V2, zoom ...)
//
// The current document says the returned jobId is "usually the same" as the request's, but
// every action produces a new picture that must be fetched on its own, and the inpaint and
// blend examples call it a new job: the simulator returns a new jobId.
import { newSeed, newTaskId } from "../engine/create-task";
import { createTtapiTask, ttapiQueueFull, ttapiRefusal } from "./create-ttapi-task";
import { TTAPI_ACTIONS } from "../engine/offered-actions";
import { planAction } from "../engine/plan-action";
import { firstIssue } from "../http/schema-helpers";
import { findTtapiJob } from "./find-ttapi-job";
import { TTAPI_ERROR, ttapiSuccess } from "./ttapi-envelope";
import { type SubmitOutcome, type TtapiCall } from "./ttapi-call";
import { ttapiActionBody } from "./ttapi-bodies";

export function handleAction(call: TtapiCall): SubmitOutcome {
  const parsed = ttapiActionBody.safeParse(call.body);
  if (!parsed.success) return ttapiRefusal(TTAPI_ERROR.PARAMETER, firstIssue(parsed.error));
  const body = parsed.data;
  if (!TTAPI_ACTIONS.has(body.action)) return ttapiRefusal(TTAPI_ERROR.PARAMETER, "'action' parameter error!");
  const parent = findTtapiJob(call, body.jobId);
  if (!parent) return ttapiRefusal(TTAPI_ERROR.JOB_NOT_FOUND, `job ${body.jobId} does not exist`);
  if (parent.status !== "succeeded" || !parent.result) return ttapiRefusal(TTAPI_ERROR.PARAMETER, "the job has not finished successfully");
  if (!parent.result.actions.includes(body.action))
    return ttapiRefusal(TTAPI_ERROR.PARAMETER, `'action' parameter error! ${body.action} is not available for this job`);
  const { ctx } = call;
  const full = ttapiQueueFull(call);
  if (full) return full;
  const id = newTaskId(ctx, "ttapi");
  const plan = planAction(parent, body.action, newSeed(id));
  if (!plan) return ttapiRefusal(TTAPI_ERROR.PARAMETER, "'action' parameter error!");
  const row = createTtapiTask(
    call,
    body,
    id,
    {
      kind: plan.kind,
      action: body.action,
      parentId: parent.id,
      prompt: plan.prompt,
      params: plan.params,
    },
    parent.mode,
  );
  return { response: ttapiSuccess({ jobId: row.id }), taskId: row.id };
}
