import "server-only";
import type { z } from "zod";
import { db } from "@/lib/db";
import { jobParamsJson } from "@/lib/domain/job-json";
import { videoParamsSchema } from "@/lib/jobs/job-params";
import type { Visibility } from "@/lib/domain/visibility";
import { AppError } from "@/lib/errors";
import type { extendVideoSchema } from "@/lib/schemas/jobs";
import type { SessionUser } from "@/lib/data/users/get-session-user";
import { getConnectionCapabilities } from "@/lib/data/connections/get-connection-capabilities";
import { createJob } from "./create-job";
import { getFinishedParent } from "./get-follow-up-parent";

/** Midjourney extends a video four times at most: 5 s + 4 × 4 s = 21 s. */
export const MAX_VIDEO_EXTENSIONS = 4;

/** Extend: a VIDEO job (action "extend") continuing one clip of a finished video job. */
export async function queueExtendVideo(user: SessionUser, input: z.output<typeof extendVideoSchema>): Promise<{ id: string }> {
  const { parent } = await getFinishedParent(user, input.jobId);
  if (parent.kind !== "VIDEO") throw new AppError("BAD_REQUEST", "Only a video can be extended.");
  if (!(await getConnectionCapabilities(parent.connectionId)).extendVideo) {
    throw new AppError("BAD_REQUEST", "This video's vendor does not offer Extend.");
  }
  const clip = await db.image.findFirst({ where: { jobId: parent.id, kind: "VIDEO", index: input.index + 1 }, select: { posterKey: true } });
  if (!clip) throw new AppError("BAD_REQUEST", `This video has no clip ${input.index + 1}.`);
  if ((await extensionsBefore(parent.id)) >= MAX_VIDEO_EXTENSIONS) {
    throw new AppError("BAD_REQUEST", `A video can be extended ${MAX_VIDEO_EXTENSIONS} times at most (Midjourney's limit).`);
  }
  return createJob(user, {
    kind: "VIDEO",
    action: "extend",
    prompt: input.prompt ?? "",
    // sourceKey: the clip's still, the new clips' poster when the vendor sends none.
    // The extension keeps the video's resolution (an HD video is extended in HD).
    params: {
      motion: input.motion,
      batchSize: input.batchSize,
      index: input.index,
      loop: false,
      resolution: parentResolution(parent.params),
      sourceKey: clip.posterKey ?? undefined,
    },
    connectionId: parent.connectionId,
    teamId: parent.teamId,
    parentId: parent.id,
    visibility: (input.visibility ?? parent.visibility) as Visibility,
  });
}

/** How many extends lead to this video (walking up the lineage while the parents are extends). */
async function extensionsBefore(jobId: string): Promise<number> {
  let count = 0;
  let current: { action: string | null; parentId: string | null } | null = await db.job.findUnique({
    where: { id: jobId },
    select: { action: true, parentId: true },
  });
  while (current?.action === "extend" && current.parentId && count <= MAX_VIDEO_EXTENSIONS) {
    count += 1;
    current = await db.job.findUnique({ where: { id: current.parentId }, select: { action: true, parentId: true } });
  }
  return count;
}

function parentResolution(params: string): "sd" | "hd" {
  const parsed = videoParamsSchema.safeParse(jobParamsJson.decode(params));
  return parsed.success ? parsed.data.resolution : "sd";
}
