import "server-only";
import type { Visibility } from "@/lib/domain/visibility";
import { AppError } from "@/lib/errors";
import { midjourneyPrompt } from "@/lib/jobs/midjourney-prompt";
import type { SessionUser } from "@/lib/data/users/get-session-user";
import { createJob } from "./create-job";
import { getFollowUpParent } from "./get-follow-up-parent";

/**
 * Vary (Region): the mask (already validated and stored) and an optional new prompt. Without
 * one the parent's Midjourney prompt is sent; a parent that has none (a blend the vendor gave
 * no final prompt for) needs the user's words: midjourney-proxy's modal refuses a blank prompt
 * when the parent has none either ("prompt不能为空", trueai SubmitController.cs:714-737).
 */
export async function queueVaryRegion(
  user: SessionUser,
  input: { jobId: string; maskKey: string; prompt?: string; visibility?: Visibility },
): Promise<{ id: string }> {
  const { parent, protocol } = await getFollowUpParent(user, input.jobId, "vary_region");
  const basePrompt = midjourneyPrompt(parent);
  if (!input.prompt && !basePrompt && protocol === "mjproxy") {
    throw new AppError("BAD_REQUEST", "This image has no prompt to start from: write what the painted area should show.");
  }
  return createJob(user, {
    kind: "INPAINT",
    action: "vary_region",
    prompt: input.prompt ?? (basePrompt || parent.prompt),
    params: { maskKey: input.maskKey, prompt: input.prompt, basePrompt },
    connectionId: parent.connectionId,
    teamId: parent.teamId,
    parentId: parent.id,
    visibility: input.visibility ?? (parent.visibility as Visibility),
  });
}
