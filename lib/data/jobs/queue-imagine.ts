import "server-only";
import type { z } from "zod";
import type { imagineSchema } from "@/lib/schemas/jobs";
import { parsePrompt } from "@/lib/prompt/prompt-flags";
import type { SessionUser } from "@/lib/data/users/get-session-user";
import { assertOwnUploads } from "./assert-own-uploads";
import { createJob } from "./create-job";
import { resolveConnection } from "./resolve-connection";

export async function queueImagine(user: SessionUser, input: z.output<typeof imagineSchema>): Promise<{ id: string }> {
  assertOwnUploads(user.id, input.imageRefKeys);
  const connection = await resolveConnection(user, input.connectionId);
  const niji = input.niji || Boolean(parsePrompt(input.prompt).flags.niji);
  return createJob(user, {
    kind: "IMAGINE",
    prompt: input.prompt,
    params: { imageRefKeys: input.imageRefKeys, imageRefUrls: input.imageRefUrls, niji, mode: input.mode },
    connectionId: connection.id,
    teamId: user.teamId,
    visibility: input.visibility,
  });
}
