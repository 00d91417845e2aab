// Sign-in attempts as an attacker sends them: straight at next-auth's credentials endpoint,
// many at once, each classified by what the studio did with it.
import { rawRequest } from "./raw-http";

export type AttemptOutcome = "accepted" | "checked" | "refused";

export interface Csrf {
  token: string;
  cookie: string;
}

export async function getCsrf(baseUrl: string): Promise<Csrf> {
  const response = await rawRequest(`${baseUrl}/api/auth/csrf`);
  const cookie = (response.headers["set-cookie"] ?? []).map((c) => c.split(";")[0]).join("; ");
  return { token: (JSON.parse(response.body) as { csrfToken: string }).csrfToken, cookie };
}

/**
 * One attempt. `accepted`: a session cookie came back. `refused`: turned away by a limit before
 * any password was checked (next-auth's error names the rate limit, or HTTP 429). `checked`: the
 * password was checked and was wrong (CredentialsSignin).
 */
export async function signInAttempt(
  baseUrl: string,
  csrf: Csrf,
  email: string,
  password: string,
  from: { localAddress?: string; forwardedFor?: string } = {},
): Promise<AttemptOutcome> {
  const headers: Record<string, string> = { "content-type": "application/x-www-form-urlencoded", cookie: csrf.cookie };
  if (from.forwardedFor) headers["x-forwarded-for"] = from.forwardedFor;
  const response = await rawRequest(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    headers,
    body: new URLSearchParams({ csrfToken: csrf.token, email, password, json: "true" }).toString(),
    localAddress: from.localAddress,
  });
  if ((response.headers["set-cookie"] ?? []).some((c) => c.includes("session-token"))) return "accepted";
  if (response.status === 429) return "refused";
  let error = "";
  try {
    error = new URL((JSON.parse(response.body) as { url?: string }).url ?? "", baseUrl).searchParams.get("error") ?? "";
  } catch {
    error = response.body;
  }
  return /rate|limit|locked|too.?many/i.test(error) ? "refused" : "checked";
}

export function tally(outcomes: AttemptOutcome[]) {
  return {
    accepted: outcomes.filter((o) => o === "accepted").length,
    checked: outcomes.filter((o) => o === "checked").length,
    refused: outcomes.filter((o) => o === "refused").length,
  };
}
