import "server-only";
import sharp from "sharp";
import type { z } from "zod";
import { EDIT_ASPECT_RATIOS } from "@/lib/domain/image-edit";
import { AppError, isAppError } from "@/lib/errors";
import { editSourcePng } from "@/lib/masks/cut-masked-area";
import { nearestAspect } from "@/lib/prompt/nearest-aspect";
import { parsePrompt } from "@/lib/prompt/prompt-flags";
import type { editImageSchema } from "@/lib/schemas/jobs";
import { readUpload, storeImageUpload } from "@/lib/uploads/image-upload";
import { getConnectionCapabilities } from "@/lib/data/connections/get-connection-capabilities";
import type { SessionUser } from "@/lib/data/users/get-session-user";
import { assertOwnUploads } from "./assert-own-uploads";
import { createJob } from "./create-job";
import { resolveConnection } from "./resolve-connection";

/**
 * Edit (change the painted area) or Retexture (keep the composition, restyle everything) an
 * upload. The vendor takes the area to change as transparent pixels of the image, so the
 * painted mask is applied here (editSourcePng) and the result stored as a new upload that the
 * job references; the original upload is left as it was.
 */
export async function queueEdit(user: SessionUser, input: z.output<typeof editImageSchema>): Promise<{ id: string }> {
  if (input.type === "edit" && !input.maskKey) {
    throw new AppError("BAD_REQUEST", "Paint the area to change first: Edit redraws only the painted area (Retexture needs no mask).");
  }
  // The ratio travels as the request's own field (TTAPI adjusts any other): one place to choose it.
  if (parsePrompt(input.prompt).flags.ar) throw new AppError("BAD_REQUEST", "Choose the aspect ratio in the list, not with --ar in the prompt.");
  // Retexture restyles the whole image: a mask sent along is not used.
  const maskKey = input.type === "edit" ? input.maskKey : undefined;
  assertOwnUploads(user.id, maskKey ? [input.imageKey, maskKey] : [input.imageKey]);
  const connection = await resolveConnection(user, input.connectionId);
  const capabilities = await getConnectionCapabilities(connection.id);
  if (!capabilities.edit && !capabilities.retexture) {
    throw new AppError("BAD_REQUEST", "This vendor connection does not offer Edit and Retexture. Choose another one.");
  }
  if (!capabilities[input.type]) {
    throw new AppError("BAD_REQUEST", `This vendor connection does not offer ${input.type === "edit" ? "Edit" : "Retexture"}. Choose another one.`);
  }
  const image = await readUploadOr(input.imageKey, "That image is no longer uploaded: choose it again.");
  const mask = maskKey ? await readUploadOr(maskKey, "The painted mask is no longer uploaded: paint and submit again.") : undefined;
  const png = await editSourcePng(image, mask);
  const { width, height } = await sharp(png).metadata();
  const stored = await storeImageUpload(user.id, png);
  const aspectRatio = input.aspectRatio ?? nearestAspect(width ?? 0, height ?? 0, EDIT_ASPECT_RATIOS);
  return createJob(user, {
    kind: "EDIT",
    action: input.type,
    prompt: input.prompt,
    params: { imageKey: stored.key, aspectRatio, mode: input.mode },
    connectionId: connection.id,
    teamId: user.teamId,
    visibility: input.visibility,
    aspectRatio,
  });
}

/** An upload's bytes, or the page's own words when it is gone (the sweeper removes unused uploads after a day). */
async function readUploadOr(key: string, missing: string): Promise<Buffer> {
  try {
    return (await readUpload(key)).bytes;
  } catch (error) {
    if (isAppError(error) && error.code === "NOT_FOUND") throw new AppError("BAD_REQUEST", missing);
    throw error;
  }
}
