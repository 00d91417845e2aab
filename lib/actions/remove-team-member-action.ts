"use server";

import { removeTeamMember } from "@/lib/data/teams/remove-team-member";
import { teamMemberSchema } from "@/lib/schemas/teams";
import { adminAction } from "./admin-action";

/** Takes a person out of a team (admins); everyone keeps at least one team. */
export const removeTeamMemberAction = adminAction(teamMemberSchema, async (input, admin) => {
  await removeTeamMember(admin, input);
  return { ok: true };
});
