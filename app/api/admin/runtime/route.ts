// GET /api/admin/runtime – this server process's open live streams and memory (admins)
import { NextResponse } from "next/server";
import { getRuntimeStats } from "@/lib/data/admin/get-runtime-stats";
import { authedRoute } from "@/lib/http/authed-route";

export const dynamic = "force-dynamic";

export const GET = authedRoute({}, ({ user }) => NextResponse.json(getRuntimeStats(user), { headers: { "cache-control": "private, no-store" } }));
