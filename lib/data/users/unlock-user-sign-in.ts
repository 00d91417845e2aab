import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { assertAdmin, type AdminActor } from "./assert-admin";
import { clearSignInLock } from "@/lib/trusted/users/clear-sign-in-lock";

/** Lets someone whose account is locked after too many failed sign-ins try again now (admins). */
export async function unlockUserSignIn(actor: AdminActor, userId: string): Promise<{ email: string }> {
  assertAdmin(actor);
  const user = await db.user.findUnique({ where: { id: userId }, select: { email: true } });
  if (!user) throw new AppError("NOT_FOUND", "That person no longer exists.");
  await clearSignInLock(user.email, actor);
  return { email: user.email };
}
