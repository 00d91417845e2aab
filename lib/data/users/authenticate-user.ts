import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { verifyAgainstDummy, verifyPassword } from "@/lib/auth/password";
import { recordAudit } from "@/lib/data/audit/record-audit";
import { recordRefusedSignIn } from "@/lib/data/audit/record-refused-sign-in";
import { clearRateCounter } from "@/lib/data/rate-limits/clear-rate-counter";
import { hitRateCounter } from "@/lib/data/rate-limits/hit-rate-counter";
import { isRateLimited } from "@/lib/data/rate-limits/is-rate-limited";
import { pruneRateCounters } from "@/lib/data/rate-limits/prune-rate-counters";
import { LOGIN_FAILURES_PER_ACCOUNT, LOGIN_FAILURES_PER_IP, LOGIN_WINDOW_MS, loginAccountKey, loginIpKey } from "./login-limits";

export interface AuthenticatedUser {
  id: string;
  email: string;
  name: string;
  role: string;
  sessionVersion: number;
}

export const SIGN_IN_RATE_LIMITED = "Too many sign-in attempts. Wait 15 minutes and try again.";

/**
 * Checks an email and password. Unknown email, wrong password and disabled account all
 * return null after the same Argon2 work, so the answer reveals nothing about which it was.
 * After too many failures for the account (any address, known or not) or from the IP, further
 * attempts are refused with RATE_LIMITED before any password is checked.
 */
export async function authenticateUser(emailInput: string, password: string, ip?: string | null): Promise<AuthenticatedUser | null> {
  const email = emailInput.trim().toLowerCase();
  const accountKey = loginAccountKey(email);
  const ipKey = ip ? loginIpKey(ip) : null;
  const limitedBy = (await isRateLimited(accountKey, LOGIN_FAILURES_PER_ACCOUNT, LOGIN_WINDOW_MS))
    ? "account"
    : ipKey && (await isRateLimited(ipKey, LOGIN_FAILURES_PER_IP, LOGIN_WINDOW_MS))
      ? "ip"
      : null;
  if (limitedBy) {
    await recordRefusedSignIn({ email, ip, limitedBy, windowMs: LOGIN_WINDOW_MS });
    throw new AppError("RATE_LIMITED", SIGN_IN_RATE_LIMITED);
  }

  const user = await db.user.findUnique({ where: { email } });
  const ok = user ? await verifyPassword(user.passwordHash, password) : await verifyAgainstDummy(password);
  if (!user || !ok || user.disabled) {
    await hitRateCounter(accountKey, LOGIN_WINDOW_MS);
    if (ipKey) await hitRateCounter(ipKey, LOGIN_WINDOW_MS);
    if (Math.random() < 0.02) await pruneRateCounters("login:", 24 * 60 * 60_000);
    await recordAudit({ action: "auth.sign_in_failed", actorEmail: email, actorId: user?.id, ip, details: { reason: !user ? "unknown_email" : user.disabled && ok ? "disabled" : "wrong_password" } });
    return null;
  }
  await clearRateCounter(accountKey);
  await recordAudit({ action: "auth.sign_in", actorId: user.id, actorEmail: user.email, ip });
  return { id: user.id, email: user.email, name: user.name, role: user.role, sessionVersion: user.sessionVersion };
}
