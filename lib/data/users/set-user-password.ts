import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { hashPassword } from "@/lib/auth/password";
import { recordAudit } from "@/lib/trusted/audit/record-audit";
import { clearRateCounter } from "@/lib/trusted/rate-limits/clear-rate-counter";
import { assertAdmin, type AdminActor } from "./assert-admin";
import { loginAccountKey } from "./login-limits";

/**
 * An admin gives someone a new password (they forgot theirs, or it leaked). Every session of
 * theirs ends at once, their sign-in lock is lifted, and by default they must choose their own
 * password at the next sign-in, since the admin knows this one. The audit row names who and
 * when, never the password. Admins change their own password from their menu instead, where
 * the current one is asked for.
 */
export async function setUserPassword(
  actor: AdminActor,
  input: { userId: string; password: string; mustChange: boolean },
): Promise<{ email: string; endedSessions: number }> {
  assertAdmin(actor);
  if (input.userId === actor.id) throw new AppError("CONFLICT", "Change your own password from your menu (Change password): it asks for your current one.");
  const user = await db.user.findUnique({ where: { id: input.userId }, select: { id: true, email: true } });
  if (!user) throw new AppError("NOT_FOUND", "That person no longer exists.");
  const passwordHash = await hashPassword(input.password);
  const now = new Date();
  const ended = await db.$transaction(async (tx) => {
    // The session version too: it also ends what no session row tracks (tokens older than sessions).
    await tx.user.update({ where: { id: user.id }, data: { passwordHash, mustChangePassword: input.mustChange, sessionVersion: { increment: 1 } } });
    return tx.session.updateMany({ where: { userId: user.id, revokedAt: null }, data: { revokedAt: now } });
  });
  await clearRateCounter(loginAccountKey(user.email));
  await recordAudit({
    action: "user.password_set",
    actorId: actor.id,
    actorEmail: actor.email,
    targetType: "User",
    targetId: user.id,
    details: { email: user.email, mustChange: input.mustChange, endedSessions: ended.count },
  });
  return { email: user.email, endedSessions: ended.count };
}
