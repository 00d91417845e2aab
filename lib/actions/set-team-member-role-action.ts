"use server";

import { setTeamMemberRole } from "@/lib/data/teams/set-team-member-role";
import { setTeamMemberRoleSchema } from "@/lib/schemas/teams";
import { adminAction } from "./admin-action";

/** Sets a member's role in a team, Owner or Member (admins). */
export const setTeamMemberRoleAction = adminAction(setTeamMemberRoleSchema, async (input, admin) => {
  await setTeamMemberRole(admin, input);
  return { ok: true };
});
