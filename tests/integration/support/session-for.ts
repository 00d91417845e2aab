// What next-auth's getServerSession returns for a signed-in user, for tests that replace only
// that lookup: a real server-side session row (as a sign-in creates) and the user's current
// session version. Everything after it (the session check, the user re-read) stays real.
import { db } from "@/lib/db";
import { createSession } from "@/lib/trusted/sessions/create-session";

export interface TestSession {
  uid: string;
  sv: number;
  sid: string;
}

export async function sessionFor(user: { id: string } | null): Promise<TestSession | null> {
  if (!user) return null;
  const { sessionVersion } = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { sessionVersion: true } });
  return { uid: user.id, sv: sessionVersion, sid: await createSession(user.id, { userAgent: "integration test" }) };
}

const sessionsByUser = new Map<string, string>();

/**
 * For tests that mock getServerSession with `{ uid, sv }`: adds the id of a real session row
 * for that user (one per user, created on first use), as a signed-in browser's cookie has.
 */
export async function withSession<T extends { uid: string; sv: number; sid?: string }>(identity: T | null): Promise<(T & { sid: string }) | null> {
  if (!identity) return null;
  if (identity.sid) return identity as T & { sid: string };
  let sid = sessionsByUser.get(identity.uid);
  if (!sid) {
    sid = await createSession(identity.uid, { userAgent: "integration test" });
    sessionsByUser.set(identity.uid, sid);
  }
  return { ...identity, sid };
}
