// Optimistic redirects only: a request without a session cookie goes to the sign-in page
// (pages) or gets 401 (API). The real checks live in lib/auth/session.ts and lib/data.
import { NextResponse, type NextRequest } from "next/server";
import { getToken } from "next-auth/jwt";
import { loadSecrets } from "@/lib/secrets";

const PUBLIC_PREFIXES = ["/signin", "/invite", "/api/auth", "/api/health", "/api/webhooks", "/api/public", "/sim"];

export async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  if (PUBLIC_PREFIXES.some((p) => pathname === p || pathname.startsWith(`${p}/`))) return NextResponse.next();
  const token = await getToken({ req: request, secret: loadSecrets().nextAuthSecret });
  if (token?.uid) return NextResponse.next();
  if (pathname.startsWith("/api/")) return NextResponse.json({ error: "Please sign in." }, { status: 401 });
  const url = request.nextUrl.clone();
  url.pathname = "/signin";
  url.search = `?callbackUrl=${encodeURIComponent(pathname + search)}`;
  return NextResponse.redirect(url);
}

export const config = {
  // Vendor callbacks, the simulator and health checks skip the proxy: they carry no session
  // and are hot paths (a webhook burst should cost only its insert).
  matcher: ["/((?!_next/static|_next/image|favicon.ico|icon.svg|robots.txt|api/webhooks/|api/health|sim/).*)"],
};
