// GET /api/admin/runtime – this server process's open live streams and memory (admins)
import { NextResponse } from "next/server";
import { requireUser } from "@/lib/auth/session";
import { getRuntimeStats } from "@/lib/data/admin/get-runtime-stats";
import { errorResponse } from "@/lib/http/error-response";

export const dynamic = "force-dynamic";

export async function GET() {
  try {
    const user = await requireUser();
    return NextResponse.json(getRuntimeStats(user), { headers: { "cache-control": "private, no-store" } });
  } catch (error) {
    return errorResponse(error);
  }
}
