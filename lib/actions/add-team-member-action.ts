"use server";

import { addTeamMember } from "@/lib/data/teams/add-team-member";
import { addTeamMemberSchema } from "@/lib/schemas/teams";
import { adminAction } from "./admin-action";

/** Adds a person to a team (admins). */
export const addTeamMemberAction = adminAction(addTeamMemberSchema, async (input, admin) => {
  await addTeamMember(admin, input);
  return { ok: true };
});
