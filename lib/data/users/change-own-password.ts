import "server-only";
import fs from "node:fs";
import path from "node:path";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { recordAudit } from "@/lib/trusted/audit/record-audit";
import { FIRST_ADMIN_FILE } from "@/lib/trusted/bootstrap/ensure-first-admin";
import { reserveRateAttempt } from "@/lib/trusted/rate-limits/reserve-rate-attempt";
import { dataDir } from "@/lib/runtime-paths";
import { LOGIN_FAILURES_PER_ACCOUNT, LOGIN_WINDOW_MS } from "./login-limits";
import type { SignedInUser } from "./get-signed-in-user";

/**
 * A person replaces their own password: the current one is checked first (a session left open
 * on someone else's screen must not be enough), and every OTHER session of theirs ends, so a
 * cookie someone copied stops working; this one stays signed in. Guesses of the current
 * password through this form are limited like sign-ins. Replacing the first admin's generated
 * password also deletes DATA_DIR/first-admin.txt, the copy of it on disk.
 */
export async function changeOwnPassword(
  user: Pick<SignedInUser, "id" | "email" | "sessionId">,
  input: { currentPassword: string; newPassword: string },
): Promise<{ endedSessions: number }> {
  const attempt = await reserveRateAttempt(`password-change:${user.id}`, LOGIN_WINDOW_MS);
  if (attempt.count > LOGIN_FAILURES_PER_ACCOUNT)
    throw new AppError("RATE_LIMITED", "Too many attempts with a wrong current password. Wait 15 minutes and try again.");
  const row = await db.user.findUnique({ where: { id: user.id }, select: { passwordHash: true, mustChangePassword: true } });
  if (!row) throw new AppError("UNAUTHORIZED");
  if (!(await verifyPassword(row.passwordHash, input.currentPassword))) throw new AppError("BAD_REQUEST", "The current password is not right.");
  if (input.newPassword === input.currentPassword) throw new AppError("BAD_REQUEST", "Choose a new password, not the current one again.");
  const passwordHash = await hashPassword(input.newPassword);
  const now = new Date();
  const ended = await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { passwordHash, mustChangePassword: false } });
    return tx.session.updateMany({ where: { userId: user.id, revokedAt: null, id: { not: user.sessionId } }, data: { revokedAt: now } });
  });
  await db.rateCounter.deleteMany({ where: { key: `password-change:${user.id}` } });
  if (row.mustChangePassword) fs.rmSync(path.join(dataDir(), FIRST_ADMIN_FILE), { force: true });
  await recordAudit({
    action: "user.password_changed",
    actorId: user.id,
    actorEmail: user.email,
    targetType: "User",
    targetId: user.id,
    details: { endedSessions: ended.count },
  });
  return { endedSessions: ended.count };
}
