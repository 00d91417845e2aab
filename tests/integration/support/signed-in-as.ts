// Replaces only next-auth's session lookup, for tests that call actions and route handlers as a
// given person: a real server-side session row is added for the user (session-for.ts), the user
// behind it is re-read from the database on every call as in production, and every check after it
// (zod, ownership, team) is real. Import it before anything that imports next-auth.
import { vi } from "vitest";

const session = vi.hoisted(() => ({ current: null as null | { uid: string; sv: number } }));

vi.mock("next-auth", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next-auth")>()),
  // The identity is read at call time, as a request's cookie would be.
  getServerSession: () => {
    const identity = session.current;
    return import("./session-for").then((s) => s.withSession(identity));
  },
}));

/** The person the next calls are made as (null: signed out), with the session version their cookie carries. */
export function signInAs(user: { id: string } | null, sessionVersion = 0): void {
  session.current = user ? { uid: user.id, sv: sessionVersion } : null;
}
