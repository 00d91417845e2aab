// Signs in through next-auth's real credentials endpoint over plain HTTP, from a chosen
// loopback address (any 127.x.y.z): each test attacks from an address of its own, so the
// per-address limit it trips never locks out the browser tests on 127.0.0.1.
import http from "node:http";

export interface SignInAnswer {
  status: number;
  /** null on success; "CredentialsSignin" for a checked and wrong password; "RateLimited:<ms>" when refused unchecked. */
  error: string | null;
  /** The session cookie on success. */
  cookie: string | null;
}

interface Options {
  baseURL: string;
  from: string;
  headers?: Record<string, string>;
}

function request(
  url: URL,
  from: string,
  init: { method: string; headers: Record<string, string>; body?: string },
): Promise<{ status: number; body: string; setCookie: string[] }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: url.hostname,
        port: url.port,
        path: `${url.pathname}${url.search}`,
        method: init.method,
        headers: init.headers,
        localAddress: from,
        agent: false,
      },
      (res) => {
        let body = "";
        res.setEncoding("utf8");
        res.on("data", (chunk) => (body += chunk));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, body, setCookie: res.headers["set-cookie"] ?? [] }));
      },
    );
    req.on("error", reject);
    req.end(init.body);
  });
}

const cookiePairs = (setCookie: string[]) => setCookie.map((c) => c.split(";")[0]);

export async function signInOverHttp(email: string, password: string, { baseURL, from, headers = {} }: Options): Promise<SignInAnswer> {
  const csrf = await request(new URL("/api/auth/csrf", baseURL), from, { method: "GET", headers });
  const { csrfToken } = JSON.parse(csrf.body) as { csrfToken: string };
  const body = new URLSearchParams({ email, password, csrfToken, callbackUrl: "/", json: "true" }).toString();
  const answer = await request(new URL("/api/auth/callback/credentials", baseURL), from, {
    method: "POST",
    headers: {
      ...headers,
      "content-type": "application/x-www-form-urlencoded",
      "content-length": String(Buffer.byteLength(body)),
      cookie: cookiePairs(csrf.setCookie).join("; "),
    },
    body,
  });
  const url = (JSON.parse(answer.body) as { url?: string }).url ?? "";
  const error = url ? new URL(url, baseURL).searchParams.get("error") : "no answer";
  const session = cookiePairs(answer.setCookie).find((c) => c.startsWith("next-auth.session-token=") && c.length > "next-auth.session-token=".length) ?? null;
  return { status: answer.status, error, cookie: session };
}
