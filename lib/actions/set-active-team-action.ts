"use server";

import { setActiveTeam } from "@/lib/data/teams/set-active-team";
import { setActiveTeamSchema } from "@/lib/schemas/teams";
import { authedAction } from "./authed-action";

/** Switches the signed-in user's active team (one of their own teams). */
export const setActiveTeamAction = authedAction(setActiveTeamSchema, async (input, user) => setActiveTeam(user, input.teamId));
