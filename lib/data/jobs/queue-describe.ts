import "server-only";
import type { z } from "zod";
import type { describeSchema } from "@/lib/schemas/jobs";
import type { SessionUser } from "@/lib/data/users/get-session-user";
import { assertOwnUploads } from "./assert-own-uploads";
import { createJob } from "./create-job";
import { resolveConnection } from "./resolve-connection";

export async function queueDescribe(user: SessionUser, input: z.output<typeof describeSchema>): Promise<{ id: string }> {
  assertOwnUploads(user.id, [input.imageKey]);
  const connection = await resolveConnection(user, input.connectionId);
  return createJob(user, {
    kind: "DESCRIBE",
    prompt: "Describe an image",
    params: { imageKey: input.imageKey },
    connectionId: connection.id,
    teamId: user.teamId,
    visibility: input.visibility,
  });
}
