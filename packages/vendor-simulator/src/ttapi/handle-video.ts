// POST /ttapi/midjourney/video/submit and /video/extend (issue 14). The answer carries
// data.job_id, as TTAPI's video pages show it (the older imagine answers say jobId).
// Extend needs a finished video job of the same key and continues its clip `index` (0-3).
import { newSeed } from "../engine/create-task";
import { saveVideoInputs } from "../engine/media-inputs";
import { findBannedWord } from "../text/banned-words";
import { readModelFamily } from "../text/read-prompt-flags";
import { createTtapiTask, startTtapiSubmit, ttapiRefusal } from "./create-ttapi-task";
import { findTtapiJob } from "./find-ttapi-job";
import type { SubmitOutcome, TtapiCall } from "./ttapi-call";
import { TTAPI_ERROR, ttapiFailure, ttapiSuccess } from "./ttapi-envelope";
import { ttapiVideoBody, ttapiVideoExtendBody } from "./ttapi-media-bodies";

function banned(prompt: string): SubmitOutcome | null {
  const word = findBannedWord(prompt);
  return word ? { response: ttapiFailure(null, `banned prompt words: ${word}`), vendorCode: "banned" } : null;
}

export async function handleVideoSubmit(call: TtapiCall): Promise<SubmitOutcome> {
  const start = startTtapiSubmit(call, ttapiVideoBody);
  if ("refused" in start) return start.refused;
  const { body, id } = start;
  const prompt = body.prompt.trim();
  const refusal = banned(prompt);
  if (refusal) return refusal;
  const saved = await saveVideoInputs(call.ctx, id, body.imageUrl, body.endingUrl, { image: "imageUrl", end: "endingUrl" });
  if (!saved.ok) return ttapiRefusal(TTAPI_ERROR.PARAMETER, saved.reason);
  const row = createTtapiTask(call, { ...body, mode: "fast" }, id, {
    kind: "video",
    action: "video",
    prompt,
    params: {
      seed: newSeed(id),
      family: readModelFamily(prompt),
      motion: body.manual,
      resolution: body.resolution,
      batch: body.bs,
      loop: body.loop,
      inputs: saved.inputs,
    },
  });
  return { response: ttapiSuccess({ job_id: row.id }, "success"), taskId: row.id };
}

export function handleVideoExtend(call: TtapiCall): SubmitOutcome {
  const start = startTtapiSubmit(call, ttapiVideoExtendBody);
  if ("refused" in start) return start.refused;
  const { body, id } = start;
  const parent = findTtapiJob(call, body.jobId);
  if (!parent) return ttapiRefusal(TTAPI_ERROR.JOB_NOT_FOUND, `job ${body.jobId} does not exist`);
  const clips = parent.result?.clips?.length ?? 0;
  if (parent.status !== "succeeded" || !parent.result) return ttapiRefusal(TTAPI_ERROR.PARAMETER, "jobId must be a completed video job (it has not finished)");
  if (clips === 0) return ttapiRefusal(TTAPI_ERROR.PARAMETER, "jobId must be a completed video job (it is not a video)");
  if (body.index >= clips) return ttapiRefusal(TTAPI_ERROR.PARAMETER, `index must name one of the job's ${clips} videos (0-${clips - 1})`);
  const prompt = body.animateMode === "manual" ? (body.prompt ?? "").trim() : "";
  const refusal = banned(prompt);
  if (refusal) return refusal;
  const row = createTtapiTask(
    call,
    { ...body, mode: "fast" },
    id,
    {
      kind: "video",
      action: "video",
      parentId: parent.id,
      prompt: prompt || parent.prompt,
      params: {
        seed: newSeed(id),
        family: parent.params.family,
        motion: body.manual,
        resolution: parent.params.resolution ?? "sd",
        batch: body.bs,
        sourceId: parent.id,
        extendClip: body.index + 1,
      },
    },
    parent.mode,
  );
  return { response: ttapiSuccess({ job_id: row.id }, "success"), taskId: row.id };
}
