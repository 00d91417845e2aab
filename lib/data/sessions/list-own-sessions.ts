import "server-only";
import { db } from "@/lib/db";
import type { OwnSessionDTO } from "@/lib/dto/account";
import { SESSION_MAX_AGE_S } from "@/lib/trusted/sessions/create-session";

/** Where the person is signed in (not ended, not expired), newest first, this one marked. */
export async function listOwnSessions(user: { id: string; sessionId: string }, now = new Date()): Promise<OwnSessionDTO[]> {
  const rows = await db.session.findMany({
    where: { userId: user.id, revokedAt: null, lastSeenAt: { gt: new Date(now.getTime() - SESSION_MAX_AGE_S * 1000) } },
    orderBy: { lastSeenAt: "desc" },
    take: 50,
    select: { id: true, createdAt: true, lastSeenAt: true, userAgent: true, ip: true },
  });
  return rows.map((s) => ({
    current: s.id === user.sessionId,
    createdAt: s.createdAt.toISOString(),
    lastSeenAt: s.lastSeenAt.toISOString(),
    userAgent: s.userAgent,
    ip: s.ip,
  }));
}
