// Teams: creating them, their members and per-team roles, and switching the active team.
import { z } from "zod";
import { TEAM_ROLES } from "@/lib/domain/roles";

const id = z.string().trim().min(1, "Missing id.").max(64);
export const teamRoleSchema = z.enum(TEAM_ROLES, { error: "The team role must be Owner or Member." });

export const createTeamSchema = z.object({
  name: z.string().trim().min(1, "Give the team a name.").max(60, "The team name must be at most 60 characters."),
});
export const teamMemberSchema = z.object({ teamId: id, userId: id });
export const addTeamMemberSchema = teamMemberSchema.extend({ role: teamRoleSchema.default("MEMBER") });
export const setTeamMemberRoleSchema = teamMemberSchema.extend({ role: teamRoleSchema });
export const setActiveTeamSchema = z.object({ teamId: id });
