import "server-only";
import { db } from "@/lib/db";
import { offeredActionsJson } from "@/lib/domain/job-json";
import { AppError } from "@/lib/errors";
import type { SessionUser } from "@/lib/data/users/get-session-user";
import { assertNotTrashed } from "./assert-not-trashed";
import { getJobForWriteOrThrow } from "./get-job-for-write-or-throw";

/**
 * The parent of a follow-up: visible to the user, who is still in its team; not in the trash,
 * finished, offering the action, and on a connection that still serves follow-ups for the team
 * (a retired connection does; a disabled one, or one no longer open to the team, not).
 */
export async function getFollowUpParent(user: SessionUser, jobId: string, actionKey: string) {
  const { parent, protocol, profile } = await getFinishedParent(user, jobId);
  const offered = offeredActionsJson.decode(parent.offeredActions);
  const action = offered.find((a) => a.key === actionKey);
  if (!action) throw new AppError("BAD_REQUEST", "This image does not offer that action.");
  return { parent, action, protocol, profile };
}

/** The same checks without an offered action: Animate and Extend start from any finished image or video. */
export async function getFinishedParent(user: SessionUser, jobId: string) {
  const parent = await getJobForWriteOrThrow(user, jobId);
  assertNotTrashed(parent);
  if (parent.status !== "SUCCEEDED") throw new AppError("CONFLICT", "Actions are available once the job has finished.");
  const connection = await db.vendorConnection.findUnique({
    where: { id: parent.connectionId },
    select: { status: true, protocol: true, profile: true, teams: { select: { teamId: true } } },
  });
  if (!connection || connection.status === "DISABLED") throw new AppError("CONFLICT", "The vendor connection that made this image is disabled.");
  // The follow-up is billed to the parent's connection: it must still be open to the job's team.
  if (connection.teams.length > 0 && !connection.teams.some((t) => t.teamId === parent.teamId)) {
    throw new AppError("CONFLICT", "The vendor connection that made this image is no longer available to this team.");
  }
  return { parent, protocol: connection.protocol, profile: connection.profile };
}
