import "server-only";
import type { SessionUser } from "@/lib/data/users/get-session-user";
import { createJob } from "./create-job";
import { getFollowUpParent } from "./get-follow-up-parent";

/** Vary (Region): the mask (already validated and stored) and an optional new prompt. */
export async function queueVaryRegion(
  user: SessionUser,
  input: { jobId: string; maskKey: string; prompt?: string; visibility?: "SHARED" | "PRIVATE" },
): Promise<{ id: string }> {
  const { parent } = await getFollowUpParent(user, input.jobId, "vary_region");
  return createJob(user, {
    kind: "INPAINT",
    action: "vary_region",
    prompt: input.prompt ?? parent.prompt,
    params: { maskKey: input.maskKey },
    connectionId: parent.connectionId,
    teamId: parent.teamId,
    parentId: parent.id,
    visibility: input.visibility ?? (parent.visibility as "SHARED" | "PRIVATE"),
  });
}
