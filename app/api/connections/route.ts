// GET /api/connections – the vendor connections the user's team may use (names only, never keys)
import { NextResponse } from "next/server";
import { requireUser } from "@/lib/auth/session";
import { listConnectionsForTeam } from "@/lib/data/connections/list-connections-for-team";
import { errorResponse } from "@/lib/http/error-response";

export const dynamic = "force-dynamic";

export async function GET() {
  try {
    const user = await requireUser();
    return NextResponse.json(await listConnectionsForTeam(user), { headers: { "cache-control": "private, no-store" } });
  } catch (error) {
    return errorResponse(error);
  }
}
