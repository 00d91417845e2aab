// GET /api/team/members – the members of the user's active team (id and name), for filters
import { NextResponse } from "next/server";
import { requireUser } from "@/lib/auth/session";
import { listTeamMembers } from "@/lib/data/teams/list-team-members";
import { errorResponse } from "@/lib/http/error-response";

export const dynamic = "force-dynamic";

export async function GET() {
  try {
    const user = await requireUser();
    return NextResponse.json(await listTeamMembers(user), { headers: { "cache-control": "private, no-store" } });
  } catch (error) {
    return errorResponse(error);
  }
}
