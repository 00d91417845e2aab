import "server-only";
import { db } from "@/lib/db";
import { readSessionUser, type SessionUser } from "./get-session-user";

/** The signed-in user behind a request, with the session they came in on. */
export interface SignedInUser extends SessionUser {
  sessionId: string;
  /** A generated first-admin password: every page leads to the change-password page until it is changed. */
  mustChangePassword: boolean;
}

export interface SessionIdentity {
  uid: string;
  sv: number;
  /** The server-side session id from the JWT; tokens from before sessions existed have none. */
  sid?: string;
}

// lastSeenAt is for people reading their list of sessions: minutes are precise enough, and a
// write on every request would be waste.
const LAST_SEEN_EVERY_MS = 5 * 60_000;

/**
 * The user behind a session cookie as the database sees them now, or null: the session must
 * exist, belong to them and not be revoked (signed out, password changed, ended by an admin),
 * and the user must still be enabled, on the same session version and in a team.
 */
export async function getSignedInUser(identity: SessionIdentity, now = new Date()): Promise<SignedInUser | null> {
  if (!identity.sid) return null;
  const session = await db.session.findUnique({ where: { id: identity.sid }, select: { userId: true, revokedAt: true, lastSeenAt: true } });
  if (!session || session.userId !== identity.uid || session.revokedAt) return null;
  const found = await readSessionUser(identity.uid, identity.sv);
  if (!found) return null;
  if (now.getTime() - session.lastSeenAt.getTime() > LAST_SEEN_EVERY_MS) {
    await db.session.updateMany({ where: { id: identity.sid, revokedAt: null }, data: { lastSeenAt: now } });
  }
  return { ...found.user, sessionId: identity.sid, mustChangePassword: found.mustChangePassword };
}
