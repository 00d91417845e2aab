"use server";

import { createTeam } from "@/lib/data/teams/create-team";
import { createTeamSchema } from "@/lib/schemas/teams";
import { adminAction } from "./admin-action";

/** Creates a team (admins). */
export const createTeamAction = adminAction(createTeamSchema, async (input, admin) => createTeam(admin, input.name));
