// POST /mj/submit/video – a batch of clips from a first frame, or (action "extend", taskId,
// index) the continuation of a finished video's clip. As trueai's SubmitController.Video
// (SubmitController.cs:917-1024): a taskId without action "extend" is refused, an unknown parent
// is HTTP 404 code 3, an unfinished one code 4; trueai refuses a blank prompt (:931-934), the
// documented mounts take it as automatic motion. A new video needs its first frame (image).
import { newSeed, newTaskId } from "../engine/create-task";
import { saveVideoInputs } from "../engine/media-inputs";
import { firstIssue } from "../http/schema-helpers";
import type { TaskParams, TaskRow } from "../store/task-types";
import { createMjTask, lateBanFor } from "./create-mj-task";
import { acceptedOutcome, findMjTask, invalidOutcome, speedMode, submitRefusal, type MjCall, type MjOutcome } from "./mjproxy-call";
import { MJ_CODE, mjError } from "./mjproxy-envelope";
import { mjVideoBody } from "./mjproxy-media-bodies";
import { readModelFamily } from "../text/read-prompt-flags";

const trueaiLike = (call: MjCall) => call.profile === "trueai" || call.profile === "newapi";

/** The parent of an extend, or the refusal (SubmitController.cs:992-1015). */
function extendParent(call: MjCall, taskId: string, index: number | undefined): { parent: TaskRow } | { refused: MjOutcome } {
  const parent = findMjTask(call, taskId);
  if (!parent) return { refused: { response: mjError(404, MJ_CODE.NOT_FOUND, "关联任务不存在或已失效"), vendorCode: MJ_CODE.NOT_FOUND } };
  if (parent.status !== "succeeded" || !parent.result)
    return { refused: invalidOutcome(call, MJ_CODE.VALIDATION_ERROR, "关联任务状态错误 (the video has not finished)") };
  const clips = parent.result.clips?.length ?? 0;
  if (clips === 0) return { refused: invalidOutcome(call, MJ_CODE.VALIDATION_ERROR, "关联任务不是视频 (taskId is not a video task)") };
  if (index === undefined || index >= clips)
    return { refused: invalidOutcome(call, MJ_CODE.VALIDATION_ERROR, `index must name one of the video's ${clips} clips (0-${clips - 1})`) };
  return { parent };
}

export async function handleVideo(call: MjCall): Promise<MjOutcome> {
  const parsed = mjVideoBody.safeParse(call.body);
  if (!parsed.success) return invalidOutcome(call, MJ_CODE.VALIDATION_ERROR, firstIssue(parsed.error));
  const body = parsed.data;
  const prompt = body.prompt?.trim() ?? "";
  if (!prompt && trueaiLike(call)) return invalidOutcome(call, MJ_CODE.VALIDATION_ERROR, "Prompt 不能为空");
  if (body.taskId?.trim() && body.action !== "extend") return invalidOutcome(call, MJ_CODE.VALIDATION_ERROR, '任务类型错误 (a taskId needs action "extend")');
  let parent: TaskRow | null = null;
  if (body.action === "extend") {
    if (!body.taskId?.trim()) return invalidOutcome(call, MJ_CODE.VALIDATION_ERROR, "taskId is required for action extend");
    const found = extendParent(call, body.taskId.trim(), body.index);
    if ("refused" in found) return found.refused;
    parent = found.parent;
  } else if (!body.image?.trim()) {
    return invalidOutcome(call, MJ_CODE.VALIDATION_ERROR, "image is required: the first frame as an http(s) URL or base64");
  }
  const refused = submitRefusal(call, body, prompt);
  if (refused) return refused;
  const { ctx } = call;
  const id = newTaskId(ctx, call.profile);
  const params: TaskParams = {
    seed: newSeed(id),
    family: readModelFamily(prompt),
    motion: body.motion,
    resolution: body.videoType === "vid_1.1_i2v_720" ? "hd" : "sd",
    batch: body.batchSize,
    loop: body.loop,
  };
  if (parent) {
    params.sourceId = parent.id;
    params.extendClip = (body.index ?? 0) + 1;
  } else {
    const saved = await saveVideoInputs(ctx, id, body.image ?? "", body.endImage, { image: "image", end: "endImage" });
    if (!saved.ok) return invalidOutcome(call, MJ_CODE.VALIDATION_ERROR, saved.reason);
    params.inputs = saved.inputs;
  }
  const row = createMjTask(call, body, id, {
    kind: "video",
    action: parent ? "video_extend" : "video",
    parentId: parent?.id ?? null,
    prompt,
    params,
    mode: speedMode(body, prompt, parent?.mode ?? "fast", call.pathMode),
    failure: lateBanFor(call, prompt),
  });
  return acceptedOutcome(call, row);
}
