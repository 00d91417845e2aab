import "server-only";
import { db } from "@/lib/db";
import type { StudioRole } from "@/lib/domain/roles";
import { AppError } from "@/lib/errors";
import { hashPassword } from "@/lib/auth/password";

export interface CreateUserInput {
  email: string;
  password: string;
  name?: string;
  role: StudioRole;
  /** Joins the team with this name, creating it when there is none. */
  teamName: string;
}

/** Creates a user in a team (every user belongs to at least one). */
export async function createUser(input: CreateUserInput): Promise<{ id: string; teamId: string }> {
  const email = input.email.trim().toLowerCase();
  if (await db.user.findUnique({ where: { email }, select: { id: true } })) {
    throw new AppError("CONFLICT", `A user with the email ${email} already exists.`);
  }
  const passwordHash = await hashPassword(input.password);
  return db.$transaction(async (tx) => {
    const team = (await tx.team.findFirst({ where: { name: input.teamName } })) ?? (await tx.team.create({ data: { name: input.teamName } }));
    const isFirstMember = (await tx.membership.count({ where: { teamId: team.id } })) === 0;
    const user = await tx.user.create({
      data: {
        email,
        name: input.name ?? email.split("@")[0],
        passwordHash,
        role: input.role,
        activeTeamId: team.id,
        memberships: { create: { teamId: team.id, role: isFirstMember ? "OWNER" : "MEMBER" } },
      },
    });
    return { id: user.id, teamId: team.id };
  });
}
