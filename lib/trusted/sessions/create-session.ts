import "server-only";
import { randomBytes } from "node:crypto";
import { db } from "@/lib/db";

// Sessions live as long as the session cookie (next-auth maxAge): older rows are of no use.
export const SESSION_MAX_AGE_S = 30 * 24 * 60 * 60;

/**
 * A server-side record of one sign-in. Its id travels in the (encrypted) session JWT and is
 * checked on every request, so signing out, a password change or an admin ends the session
 * for real: a copied cookie stops working, however long the JWT itself would have lasted.
 */
export async function createSession(userId: string, client: { userAgent?: string | null; ip?: string | null }, now = new Date()): Promise<string> {
  const id = randomBytes(32).toString("base64url");
  await db.session.create({
    data: { id, userId, createdAt: now, lastSeenAt: now, userAgent: client.userAgent?.slice(0, 300) || null, ip: client.ip?.slice(0, 64) || null },
  });
  // Now and then, forget sessions that ended or expired long ago.
  if (Math.random() < 0.02) {
    const expired = new Date(now.getTime() - SESSION_MAX_AGE_S * 1000);
    await db.session.deleteMany({ where: { OR: [{ lastSeenAt: { lt: expired } }, { revokedAt: { lt: expired } }] } });
  }
  return id;
}
