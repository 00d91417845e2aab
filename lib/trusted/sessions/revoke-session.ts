import "server-only";
import { db } from "@/lib/db";

/** Ends one session (sign-out): its cookie is refused from the next request on. */
export async function revokeSession(sessionId: string, now = new Date()): Promise<void> {
  await db.session.updateMany({ where: { id: sessionId, revokedAt: null }, data: { revokedAt: now } });
}
