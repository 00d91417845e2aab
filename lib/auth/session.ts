// Session helpers for pages, actions and route handlers. These are the security check;
// proxy.ts only redirects early.
import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { authOptions } from "@/lib/auth/options";
import { AppError } from "@/lib/errors";
import { getSessionUserById, type SessionUser } from "@/lib/data/users/get-session-user";

export type { SessionUser };

/** The current user, or null. Cached per request. */
export const getSessionUser = cache(async (): Promise<SessionUser | null> => {
  const session = await getServerSession(authOptions);
  if (!session?.uid) return null;
  return getSessionUserById(session.uid, session.sv ?? 0);
});

/** For actions and route handlers: the user, or an UNAUTHORIZED AppError. */
export async function requireUser(): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) throw new AppError("UNAUTHORIZED");
  return user;
}

export async function requireAdmin(): Promise<SessionUser> {
  const user = await requireUser();
  if (user.role !== "ADMIN") throw new AppError("FORBIDDEN", "Only admins can do that.");
  return user;
}

/** For pages: the user, or a redirect to the sign-in page. */
export async function requirePageUser(callbackPath = "/"): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) redirect(`/signin?callbackUrl=${encodeURIComponent(callbackPath)}`);
  return user;
}

/** The raw session identity (user id and session version), for long-lived streams that re-check it. */
export async function getSessionIdentity(): Promise<{ uid: string; sv: number } | null> {
  const session = await getServerSession(authOptions);
  return session?.uid ? { uid: session.uid, sv: session.sv ?? 0 } : null;
}
