import "server-only";
import { db } from "@/lib/db";
import { verifyAgainstDummy, verifyPassword } from "@/lib/auth/password";
import { recordAudit } from "@/lib/data/audit/record-audit";

export interface AuthenticatedUser {
  id: string;
  email: string;
  name: string;
  role: string;
  sessionVersion: number;
}

/**
 * Checks an email and password. Unknown email, wrong password and disabled account all
 * return null after the same Argon2 work, so the answer reveals nothing about which it was.
 */
export async function authenticateUser(emailInput: string, password: string, ip?: string | null): Promise<AuthenticatedUser | null> {
  const email = emailInput.trim().toLowerCase();
  const user = await db.user.findUnique({ where: { email } });
  const ok = user ? await verifyPassword(user.passwordHash, password) : await verifyAgainstDummy(password);
  if (!user || !ok || user.disabled) {
    await recordAudit({ action: "auth.sign_in_failed", actorEmail: email, actorId: user?.id, ip, details: { reason: !user ? "unknown_email" : user.disabled && ok ? "disabled" : "wrong_password" } });
    return null;
  }
  await recordAudit({ action: "auth.sign_in", actorId: user.id, actorEmail: user.email, ip });
  return { id: user.id, email: user.email, name: user.name, role: user.role, sessionVersion: user.sessionVersion };
}
