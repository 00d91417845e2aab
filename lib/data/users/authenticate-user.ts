import "server-only";
import { db } from "@/lib/db";
import { verifyAgainstDummy, verifyPassword } from "@/lib/auth/password";
import { recordAudit } from "@/lib/trusted/audit/record-audit";
import { recordRefusedSignIn } from "@/lib/trusted/audit/record-refused-sign-in";
import { clearRateCounter } from "@/lib/trusted/rate-limits/clear-rate-counter";
import { pruneRateCounters } from "@/lib/trusted/rate-limits/prune-rate-counters";
import { refundRateAttempt } from "@/lib/trusted/rate-limits/refund-rate-attempt";
import { reserveRateAttempt, type RateAttempt } from "@/lib/trusted/rate-limits/reserve-rate-attempt";
import { LOGIN_FAILURES_PER_ACCOUNT, LOGIN_FAILURES_PER_IP, LOGIN_WINDOW_MS, loginAccountKey, loginIpKey } from "./login-limits";
import { SignInRateLimitedError } from "./sign-in-rate-limited-error";

export interface AuthenticatedUser {
  id: string;
  email: string;
  name: string;
  role: string;
  sessionVersion: number;
}

const endOfWindow = (attempt: RateAttempt) => new Date(attempt.windowStart.getTime() + LOGIN_WINDOW_MS);

/**
 * Checks an email and password. Unknown email, wrong password and disabled account all
 * return null after the same Argon2 work, so the answer reveals nothing about which it was.
 *
 * Every attempt is reserved first, atomically, against the address and then the account: the
 * count a request gets back already includes itself, so twenty parallel guesses get twenty
 * different numbers and only the first ten (per account) reach Argon2. Past the limit the
 * attempt is refused (SignInRateLimitedError, saying when the window ends) without checking
 * the password. A success clears the account's count and gives the address its attempt back.
 * `ip` is the stamped client address (lib/http/client-ip.mjs), never a header the client chose.
 */
export async function authenticateUser(emailInput: string, password: string, ip?: string | null): Promise<AuthenticatedUser | null> {
  const email = emailInput.trim().toLowerCase();
  const accountKey = loginAccountKey(email);
  const ipKey = ip ? loginIpKey(ip) : null;
  const byIp = ipKey ? await reserveRateAttempt(ipKey, LOGIN_WINDOW_MS) : null;
  // An address over its limit does not also spend the account's allowance: a spray from one
  // address must not lock out every account it names.
  const ipLimited = byIp !== null && byIp.count > LOGIN_FAILURES_PER_IP;
  const byAccount = ipLimited ? null : await reserveRateAttempt(accountKey, LOGIN_WINDOW_MS);
  const limitedBy = ipLimited ? "ip" : byAccount && byAccount.count > LOGIN_FAILURES_PER_ACCOUNT ? "account" : null;
  if (limitedBy) {
    await recordRefusedSignIn({ email, ip, limitedBy, windowMs: LOGIN_WINDOW_MS });
    throw new SignInRateLimitedError(endOfWindow(limitedBy === "ip" ? byIp! : byAccount!));
  }

  const user = await db.user.findUnique({ where: { email } });
  const ok = user ? await verifyPassword(user.passwordHash, password) : await verifyAgainstDummy(password);
  if (!user || !ok || user.disabled) {
    if (Math.random() < 0.02) await pruneRateCounters("login:", 24 * 60 * 60_000);
    await recordAudit({
      action: "auth.sign_in_failed",
      actorEmail: email,
      actorId: user?.id,
      ip,
      details: { reason: !user ? "unknown_email" : user.disabled && ok ? "disabled" : "wrong_password" },
    });
    return null;
  }
  await clearRateCounter(accountKey);
  if (ipKey) await refundRateAttempt(ipKey);
  await recordAudit({ action: "auth.sign_in", actorId: user.id, actorEmail: user.email, ip });
  return { id: user.id, email: user.email, name: user.name, role: user.role, sessionVersion: user.sessionVersion };
}
