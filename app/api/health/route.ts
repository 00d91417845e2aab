// GET /api/health – is the database reachable and is its schema current
import { NextResponse } from "next/server";
import { checkHealth } from "@/lib/data/health/check-health";

export const dynamic = "force-dynamic";

export async function GET() {
  const health = await checkHealth();
  return NextResponse.json(health, { status: health.ok ? 200 : 503, headers: { "cache-control": "no-store" } });
}
