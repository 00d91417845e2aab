// GET /api/connections – the vendor connections the user's team may use (names only, never keys)
import { NextResponse } from "next/server";
import { listConnectionsForTeam } from "@/lib/data/connections/list-connections-for-team";
import { authedRoute } from "@/lib/http/authed-route";

export const dynamic = "force-dynamic";

export const GET = authedRoute({}, async ({ user }) =>
  NextResponse.json(await listConnectionsForTeam(user), { headers: { "cache-control": "private, no-store" } }),
);
