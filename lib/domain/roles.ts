// A person's role in the studio (User.role, Invite.role) and in a team (Membership.role).
import { z } from "zod";

export const STUDIO_ROLES = ["ADMIN", "MEMBER"] as const;
export type StudioRole = (typeof STUDIO_ROLES)[number];
export const studioRoleSchema = z.enum(STUDIO_ROLES);

export const TEAM_ROLES = ["OWNER", "MEMBER"] as const;
export type TeamRole = (typeof TEAM_ROLES)[number];
export const teamRoleSchema = z.enum(TEAM_ROLES);

/** A stored studio role; anything unexpected reads as the one with fewer rights. */
export function toStudioRole(value: string): StudioRole {
  return value === "ADMIN" ? "ADMIN" : "MEMBER";
}

/** A stored team role; anything unexpected reads as the one with fewer rights. */
export function toTeamRole(value: string): TeamRole {
  return value === "OWNER" ? "OWNER" : "MEMBER";
}
