// GET /api/team/members – the members of the user's active team (id and name), for filters
import { NextResponse } from "next/server";
import { listTeamMembers } from "@/lib/data/teams/list-team-members";
import { authedRoute } from "@/lib/http/authed-route";

export const dynamic = "force-dynamic";

export const GET = authedRoute({}, async ({ user }) => NextResponse.json(await listTeamMembers(user), { headers: { "cache-control": "private, no-store" } }));
