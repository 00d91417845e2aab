import "server-only";
import type { z } from "zod";
import { AppError } from "@/lib/errors";
import type { faceSwapSchema } from "@/lib/schemas/jobs";
import type { SessionUser } from "@/lib/data/users/get-session-user";
import { assertOwnUploads } from "./assert-own-uploads";
import { createJob } from "./create-job";
import { resolveConnection } from "./resolve-connection";

/** Face swap exists only in the midjourney-proxy protocol (insight-face). */
export async function queueFaceSwap(user: SessionUser, input: z.output<typeof faceSwapSchema>): Promise<{ id: string }> {
  assertOwnUploads(user.id, [input.sourceKey, input.targetKey]);
  const connection = await resolveConnection(user, input.connectionId);
  if (connection.protocol !== "mjproxy") throw new AppError("BAD_REQUEST", "This vendor connection does not offer face swap.");
  return createJob(user, {
    kind: "FACESWAP",
    prompt: "Face swap",
    params: { sourceKey: input.sourceKey, targetKey: input.targetKey },
    connectionId: connection.id,
    teamId: user.teamId,
    visibility: input.visibility,
  });
}
