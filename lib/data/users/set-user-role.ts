import "server-only";
import { db } from "@/lib/db";
import type { StudioRole } from "@/lib/domain/roles";
import { AppError } from "@/lib/errors";
import { recordAudit } from "@/lib/trusted/audit/record-audit";
import { assertAdmin, type AdminActor } from "./assert-admin";
import { serializeTransaction } from "@/lib/data/locks/serialize-transaction";
import { assertAdminRemains } from "./assert-admin-remains";

/**
 * Makes someone an admin or a member (admins). Bumps their session version, so their open
 * sessions end at the next request and they sign in again with the new role. The studio
 * always keeps at least one enabled admin.
 */
export async function setUserRole(actor: AdminActor, userId: string, role: StudioRole): Promise<{ email: string; signedOutSelf: boolean }> {
  assertAdmin(actor);
  const user = await db.user.findUnique({ where: { id: userId }, select: { id: true, email: true, role: true } });
  if (!user) throw new AppError("NOT_FOUND", "That person no longer exists.");
  if (user.role === role) return { email: user.email, signedOutSelf: false };
  await db.$transaction(async (tx) => {
    // Two admins demoting or disabling each other at once: the second waits, then sees the first.
    await serializeTransaction(tx, "admins");
    await tx.user.update({ where: { id: user.id }, data: { role, sessionVersion: { increment: 1 } } });
    if (role !== "ADMIN") {
      await assertAdminRemains(
        tx,
        user.id === actor.id
          ? "You are the only admin: make someone else an admin before you step down."
          : `${user.email} is the only enabled admin: make someone else an admin first.`,
      );
    }
  });
  await recordAudit({
    action: "user.role_changed",
    actorId: actor.id,
    actorEmail: actor.email,
    targetType: "User",
    targetId: user.id,
    details: { email: user.email, from: user.role, to: role },
  });
  return { email: user.email, signedOutSelf: user.id === actor.id };
}
