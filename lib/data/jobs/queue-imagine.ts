import "server-only";
import type { z } from "zod";
import type { imagineSchema } from "@/lib/schemas/jobs";
import { parsePrompt } from "@/lib/prompt/prompt-flags";
import type { SessionUser } from "@/lib/data/users/get-session-user";
import { assertOwnUploads } from "./assert-own-uploads";
import { assertVisibleReferenceImages } from "./assert-visible-reference-images";
import { createJob } from "./create-job";
import { resolveConnection } from "./resolve-connection";

export async function queueImagine(user: SessionUser, input: z.output<typeof imagineSchema>): Promise<{ id: string }> {
  const referenceUploads = input.references.flatMap((r) => (r.uploadKey ? [r.uploadKey] : []));
  assertOwnUploads(user.id, [...input.imageRefKeys, ...referenceUploads]);
  await assertVisibleReferenceImages(
    user,
    input.references.flatMap((r) => (r.imageId ? [r.imageId] : [])),
  );
  const connection = await resolveConnection(user, input.connectionId);
  const niji = input.niji || Boolean(parsePrompt(input.prompt).flags.niji);
  return createJob(user, {
    kind: "IMAGINE",
    prompt: input.prompt,
    params: { imageRefKeys: input.imageRefKeys, imageRefUrls: input.imageRefUrls, references: input.references, niji, mode: input.mode },
    connectionId: connection.id,
    teamId: user.teamId,
    visibility: input.visibility,
  });
}
