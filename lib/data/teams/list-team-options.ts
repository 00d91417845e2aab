import "server-only";
import { db } from "@/lib/db";
import { assertAdmin } from "@/lib/data/users/assert-admin";
import type { SessionUser } from "@/lib/data/users/get-session-user";

/** Team ids and names, for admin pickers (which teams may use a connection, where an invite leads). */
export async function listTeamOptions(actor: Pick<SessionUser, "role">): Promise<{ id: string; name: string }[]> {
  assertAdmin(actor);
  return db.team.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } });
}
