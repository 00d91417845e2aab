import "server-only";
import type { z } from "zod";
import type { blendSchema } from "@/lib/schemas/jobs";
import type { SessionUser } from "@/lib/data/users/get-session-user";
import { assertOwnUploads } from "./assert-own-uploads";
import { createJob } from "./create-job";
import { resolveConnection } from "./resolve-connection";

export async function queueBlend(user: SessionUser, input: z.output<typeof blendSchema>): Promise<{ id: string }> {
  assertOwnUploads(user.id, input.imageKeys);
  const connection = await resolveConnection(user, input.connectionId);
  return createJob(user, {
    kind: "BLEND",
    prompt: `Blend of ${input.imageKeys.length} images`,
    params: { imageKeys: input.imageKeys, dimensions: input.dimensions, mode: input.mode },
    connectionId: connection.id,
    teamId: user.teamId,
    visibility: input.visibility,
  });
}
