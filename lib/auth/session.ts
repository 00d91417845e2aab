// Session helpers for pages, actions and route handlers. These are the security check;
// proxy.ts only redirects early.
import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { authOptions } from "@/lib/auth/options";
import { AppError } from "@/lib/errors";
import type { SessionUser } from "@/lib/data/users/get-session-user";
import { getSignedInUser, type SessionIdentity, type SignedInUser } from "@/lib/data/users/get-signed-in-user";

export type { SessionUser, SignedInUser };

/** Where someone whose password must change is sent, whatever page they asked for. */
export const CHANGE_PASSWORD_PATH = "/account/password";

/** The current user and their session (checked against the database), or null. Cached per request. */
export const getSessionUser = cache(async (): Promise<SignedInUser | null> => {
  const identity = await getSessionIdentity();
  return identity ? getSignedInUser(identity) : null;
});

/**
 * For actions and route handlers: the user, or an UNAUTHORIZED AppError. Someone who still
 * has to replace a generated password may do nothing else first.
 */
export async function requireUser(): Promise<SignedInUser> {
  const user = await requireUserForPasswordChange();
  if (user.mustChangePassword) throw new AppError("FORBIDDEN", "Choose your own password first: the studio generated this one.");
  return user;
}

/** requireUser without the pending-password check: only for changing that password. */
export async function requireUserForPasswordChange(): Promise<SignedInUser> {
  const user = await getSessionUser();
  if (!user) throw new AppError("UNAUTHORIZED");
  return user;
}

export async function requireAdmin(): Promise<SignedInUser> {
  const user = await requireUser();
  if (user.role !== "ADMIN") throw new AppError("FORBIDDEN", "Only admins can do that.");
  return user;
}

/** For pages: the user, or a redirect to the sign-in page (or to the change-password page). */
export async function requirePageUser(callbackPath = "/"): Promise<SignedInUser> {
  const user = await getSessionUser();
  if (!user) redirect(`/signin?callbackUrl=${encodeURIComponent(callbackPath)}`);
  if (user.mustChangePassword) redirect(CHANGE_PASSWORD_PATH);
  return user;
}

/** The raw session identity (user id, session version, session id), for long-lived streams that re-check it. */
export async function getSessionIdentity(): Promise<SessionIdentity | null> {
  const session = await getServerSession(authOptions);
  return session?.uid ? { uid: session.uid, sv: session.sv ?? 0, sid: session.sid } : null;
}
