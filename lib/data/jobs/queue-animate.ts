import "server-only";
import type { z } from "zod";
import { db } from "@/lib/db";
import type { Visibility } from "@/lib/domain/visibility";
import { AppError } from "@/lib/errors";
import type { animateSchema } from "@/lib/schemas/jobs";
import type { SessionUser } from "@/lib/data/users/get-session-user";
import { getConnectionCapabilities } from "@/lib/data/connections/get-connection-capabilities";
import { isOwnUpload } from "@/lib/uploads/image-upload";
import { createJob } from "./create-job";
import { getFinishedParent } from "./get-follow-up-parent";

/**
 * Animate: a VIDEO job whose first frame is one image of a finished job (its upscale, or one
 * tile of its grid), on the parent's connection. The file is read at submit time, so the job
 * keeps only the image's id and storage key.
 */
export async function queueAnimate(user: SessionUser, input: z.output<typeof animateSchema>): Promise<{ id: string }> {
  const { parent } = await getFinishedParent(user, input.jobId);
  if (!(await getConnectionCapabilities(parent.connectionId)).video) {
    throw new AppError(
      "BAD_REQUEST",
      "This image's vendor does not offer video: animate it through a connection that does (TTAPI, New API or a midjourney-proxy).",
    );
  }
  const image = await db.image.findFirst({
    where: { jobId: parent.id, index: input.imageIndex, kind: { in: input.imageIndex === 0 ? ["UPSCALE", "GRID"] : ["TILE"] } },
    select: { id: true, storageKey: true, kind: true },
  });
  if (!image || image.kind === "GRID") {
    throw new AppError(
      "BAD_REQUEST",
      input.imageIndex === 0 ? "Pick one image of the grid to animate (or upscale it first)." : "That image is not part of this job.",
    );
  }
  if (input.endImageKey && !isOwnUpload(user.id, input.endImageKey)) throw new AppError("FORBIDDEN", "The end frame must be an image you uploaded.");
  return createJob(user, {
    kind: "VIDEO",
    prompt: input.prompt ?? "",
    params: {
      sourceImageId: image.id,
      sourceKey: image.storageKey,
      endKey: input.endImageKey,
      motion: input.motion,
      loop: input.loop,
      batchSize: input.batchSize,
      resolution: input.resolution,
      index: 0,
      mode: input.mode,
    },
    connectionId: parent.connectionId,
    teamId: parent.teamId,
    parentId: parent.id,
    visibility: (input.visibility ?? parent.visibility) as Visibility,
  });
}
