import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { recordAudit } from "@/lib/trusted/audit/record-audit";
import { assertAdmin, type AdminActor } from "./assert-admin";
import { serializeTransaction } from "@/lib/data/locks/serialize-transaction";
import { assertAdminRemains } from "./assert-admin-remains";

/**
 * Disables or re-enables an account (admins). Disabling bumps the session version: open
 * sessions stop working at their next request (the live stream within 30 s). An admin cannot
 * disable their own account, and the studio always keeps an enabled admin.
 */
export async function setUserDisabled(actor: AdminActor, userId: string, disabled: boolean): Promise<{ email: string }> {
  assertAdmin(actor);
  if (disabled && userId === actor.id) throw new AppError("CONFLICT", "You cannot disable your own account. Ask another admin.");
  const user = await db.user.findUnique({ where: { id: userId }, select: { id: true, email: true, disabled: true } });
  if (!user) throw new AppError("NOT_FOUND", "That person no longer exists.");
  if (user.disabled === disabled) return { email: user.email };
  await db.$transaction(async (tx) => {
    // Two admins demoting or disabling each other at once: the second waits, then sees the first.
    await serializeTransaction(tx, "admins");
    await tx.user.update({ where: { id: user.id }, data: { disabled, sessionVersion: { increment: 1 } } });
    if (disabled) await assertAdminRemains(tx, `${user.email} is the only enabled admin: make someone else an admin first.`);
  });
  await recordAudit({
    action: disabled ? "user.disabled" : "user.enabled",
    actorId: actor.id,
    actorEmail: actor.email,
    targetType: "User",
    targetId: user.id,
    details: { email: user.email },
  });
  return { email: user.email };
}
