// GET /api/admin/connections – every vendor connection with its teams and health (admins; keys shown as ••••last4 only)
import { NextResponse } from "next/server";
import { listAdminConnections } from "@/lib/data/connections/list-admin-connections";
import { authedRoute } from "@/lib/http/authed-route";

export const dynamic = "force-dynamic";

export const GET = authedRoute({}, async ({ user }) =>
  NextResponse.json(await listAdminConnections(user), { headers: { "cache-control": "private, no-store" } }),
);
