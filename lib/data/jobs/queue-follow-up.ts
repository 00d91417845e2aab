import "server-only";
import type { z } from "zod";
import type { Visibility } from "@/lib/domain/visibility";
import { AppError } from "@/lib/errors";
import { midjourneyPrompt } from "@/lib/jobs/midjourney-prompt";
import { isRemixAction, isVideoButton } from "@/lib/vendors/action-vocabulary";
import type { actOnJobSchema } from "@/lib/schemas/jobs";
import type { SessionUser } from "@/lib/data/users/get-session-user";
import { createJob } from "./create-job";
import { getFollowUpParent } from "./get-follow-up-parent";

/**
 * U1-U4, V1-V4, reroll, vary, upscale, zoom, pan, make square: a child job on the parent's
 * connection. A prompt is Custom Zoom's, or the user's Remix edit (V1-V4, vary, pan, reroll).
 */
export async function queueFollowUp(user: SessionUser, input: z.output<typeof actOnJobSchema>): Promise<{ id: string }> {
  if (input.action === "vary_region") throw new AppError("BAD_REQUEST", "Vary (Region) needs a painted mask: use the Vary (Region) editor.");
  if (isVideoButton(input.action)) throw new AppError("BAD_REQUEST", "Animate and Extend have their own settings: use the Animate or Extend panel.");
  const { parent, protocol } = await getFollowUpParent(user, input.jobId, input.action);
  const prompt = input.prompt?.replace(/\s+/g, " ").trim() || undefined;
  if (input.action === "zoom:custom" && !prompt) throw new AppError("BAD_REQUEST", "Custom Zoom needs a prompt with --zoom (1 to 2).");
  if (prompt && input.action !== "zoom:custom") {
    if (!isRemixAction(input.action)) throw new AppError("BAD_REQUEST", "This action takes no prompt: Remix works on V1-V4, Vary, Pan and Reroll.");
    // TTAPI's /midjourney/v1/action has no prompt field (seeds/000: jobId, action, timeout, hookUrl, getUImages).
    if (protocol === "ttapi") throw new AppError("BAD_REQUEST", "TTAPI's actions take no prompt, so Remix is not available on this vendor.");
  }
  return createJob(user, {
    kind: "ACTION",
    action: input.action,
    prompt: prompt || parent.prompt,
    // basePrompt: what answers a dialog the vendor opens by itself (a remix-mode account) when
    // the user wrote nothing; a blend's label is no prompt (lib/jobs/midjourney-prompt.ts).
    params: { mode: input.mode, prompt, basePrompt: midjourneyPrompt(parent) },
    connectionId: parent.connectionId,
    teamId: parent.teamId,
    parentId: parent.id,
    visibility: (input.visibility ?? parent.visibility) as Visibility,
  });
}
