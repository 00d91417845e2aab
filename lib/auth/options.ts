// next-auth 4: email + password credentials, JWT sessions. The JWT only carries the user id,
// the session version and the server-side session id; every request re-reads the user and
// checks the session (lib/auth/session.ts), and signing out revokes it.
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { z } from "zod";
import { createSession, SESSION_MAX_AGE_S } from "@/lib/trusted/sessions/create-session";
import { revokeSession } from "@/lib/trusted/sessions/revoke-session";
import { authenticateUser } from "@/lib/data/users/authenticate-user";
import { SignInRateLimitedError } from "@/lib/data/users/sign-in-rate-limited-error";
import { isAppError } from "@/lib/errors";
import { stampedClientIp } from "@/lib/http/client-ip";
import { loadSecrets } from "@/lib/secrets";

const credentialsSchema = z.object({ email: z.string().trim().min(1).max(320), password: z.string().min(1).max(1024) });

/**
 * next-auth reports this as `error` to the sign-in form, followed by ":" and when the refusal
 * ends (milliseconds since 1970), which the form says in the person's own clock.
 */
export const RATE_LIMITED_SIGN_IN_ERROR = "RateLimited";

export const authOptions: NextAuthOptions = {
  secret: loadSecrets().nextAuthSecret,
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_S },
  pages: { signIn: "/signin" },
  providers: [
    CredentialsProvider({
      name: "Email",
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(raw, req) {
        const parsed = credentialsSchema.safeParse(raw);
        if (!parsed.success) return null;
        // The address scripts/server.ts stamped from the socket (and TRUSTED_PROXIES), never
        // an X-Forwarded-For the client wrote itself.
        const ip = stampedClientIp(req?.headers);
        const user = await authenticateUser(parsed.data.email, parsed.data.password, ip).catch((error: unknown) => {
          if (error instanceof SignInRateLimitedError) throw new Error(`${RATE_LIMITED_SIGN_IN_ERROR}:${error.retryAt.getTime()}`);
          if (isAppError(error) && error.code === "RATE_LIMITED") throw new Error(RATE_LIMITED_SIGN_IN_ERROR);
          throw error;
        });
        if (!user) return null;
        const userAgent = req?.headers?.["user-agent"];
        const sid = await createSession(user.id, { userAgent: typeof userAgent === "string" ? userAgent : null, ip });
        return { id: user.id, email: user.email, name: user.name, role: user.role, sv: user.sessionVersion, sid };
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user) {
        const u = user as { id: string; role?: string; sv?: number; sid?: string };
        token.uid = u.id;
        token.role = u.role;
        token.sv = u.sv ?? 0;
        token.sid = u.sid;
      }
      return token;
    },
    async session({ session, token }) {
      return { ...session, uid: token.uid, sv: token.sv, sid: token.sid };
    },
  },
  events: {
    // Sign-out ends the session on the server too: a copy of the cookie is refused afterwards.
    async signOut({ token }) {
      if (token?.sid) await revokeSession(token.sid);
    },
  },
};
