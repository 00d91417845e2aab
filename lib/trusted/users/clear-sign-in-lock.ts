import "server-only";
import { db } from "@/lib/db";
import type { AuditActor } from "@/lib/trusted/audit/audit-actor";
import { recordAudit } from "@/lib/trusted/audit/record-audit";
import { clearRateCounter } from "@/lib/trusted/rate-limits/clear-rate-counter";
import { LOGIN_FAILURES_PER_ACCOUNT, LOGIN_WINDOW_MS, loginAccountKey } from "@/lib/data/users/login-limits";

/** When the account's sign-in lock ends, or null when it is not locked. */
export async function signInLockedUntil(email: string, now = new Date()): Promise<Date | null> {
  const row = await db.rateCounter.findUnique({ where: { key: loginAccountKey(email) } });
  if (!row || row.count < LOGIN_FAILURES_PER_ACCOUNT) return null;
  const until = new Date(row.windowStart.getTime() + LOGIN_WINDOW_MS);
  return until > now ? until : null;
}

/**
 * Lifts the per-account sign-in lock (too many failed attempts) before its 15 minutes are up.
 * For the People page (through unlockUserSignIn, which checks the admin) and the operator CLI
 * (`npm run user -- unlock`, whoever can run it owns the data folder). Audited either way.
 */
export async function clearSignInLock(emailInput: string, actor: AuditActor): Promise<{ email: string; wasLocked: boolean }> {
  const email = emailInput.trim().toLowerCase();
  const wasLocked = (await signInLockedUntil(email)) !== null;
  await clearRateCounter(loginAccountKey(email));
  await recordAudit({
    action: "user.sign_in_unlocked",
    actorId: actor.id,
    actorEmail: actor.email,
    targetType: "User",
    details: { email, wasLocked },
  });
  return { email, wasLocked };
}
