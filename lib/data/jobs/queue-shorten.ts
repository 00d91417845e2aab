import "server-only";
import type { z } from "zod";
import { AppError } from "@/lib/errors";
import type { shortenSchema } from "@/lib/schemas/jobs";
import type { SessionUser } from "@/lib/data/users/get-session-user";
import { createJob } from "./create-job";
import { resolveConnection } from "./resolve-connection";

/** Shorten exists only in the midjourney-proxy protocol. */
export async function queueShorten(user: SessionUser, input: z.output<typeof shortenSchema>): Promise<{ id: string }> {
  const connection = await resolveConnection(user, input.connectionId);
  if (connection.protocol !== "mjproxy") throw new AppError("BAD_REQUEST", "This vendor connection does not offer Shorten.");
  return createJob(user, { kind: "SHORTEN", prompt: input.prompt, params: {}, connectionId: connection.id, teamId: user.teamId, visibility: "SHARED" });
}
