import "server-only";
import { AppError } from "@/lib/errors";
import type { SessionUser } from "./get-session-user";

export type AdminActor = Pick<SessionUser, "id" | "email" | "role">;

/**
 * Every admin data function starts here, so a member who reaches one by any path (an action
 * called directly, a route handler, a future caller) is refused by the data layer itself.
 */
export function assertAdmin(actor: Pick<SessionUser, "role"> | null | undefined): asserts actor is AdminActor {
  if (!actor || actor.role !== "ADMIN") throw new AppError("FORBIDDEN", "Only admins can do that.");
}
