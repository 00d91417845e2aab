import "server-only";
import type { z } from "zod";
import { AppError } from "@/lib/errors";
import type { actOnJobSchema } from "@/lib/schemas/jobs";
import type { SessionUser } from "@/lib/data/users/get-session-user";
import { createJob } from "./create-job";
import { getFollowUpParent } from "./get-follow-up-parent";

/** U1-U4, V1-V4, reroll, vary, upscale, zoom, pan, make square: a child job on the parent's connection. */
export async function queueFollowUp(user: SessionUser, input: z.output<typeof actOnJobSchema>): Promise<{ id: string }> {
  if (input.action === "vary_region") throw new AppError("BAD_REQUEST", "Vary (Region) needs a painted mask: use the Vary (Region) editor.");
  const { parent } = await getFollowUpParent(user, input.jobId, input.action);
  if (input.action === "zoom:custom" && !input.prompt?.trim()) throw new AppError("BAD_REQUEST", "Custom Zoom needs a prompt with --zoom (1 to 2).");
  return createJob(user, {
    kind: "ACTION",
    action: input.action,
    prompt: input.prompt?.trim() || parent.prompt,
    params: { mode: input.mode, prompt: input.prompt?.trim() || undefined },
    connectionId: parent.connectionId,
    teamId: parent.teamId,
    parentId: parent.id,
    visibility: (input.visibility ?? parent.visibility) as "SHARED" | "PRIVATE",
  });
}
