// GET /api/admin/usage?from=YYYY-MM-DD&to=YYYY-MM-DD&teamId= – usage by day, member, action type, connection and team (admins)
import { NextResponse } from "next/server";
import { requireUser } from "@/lib/auth/session";
import { aggregateUsage } from "@/lib/data/usage/aggregate-usage";
import { loadUsage } from "@/lib/data/usage/load-usage";
import { errorResponse } from "@/lib/http/error-response";
import { usageRangeSchema } from "@/lib/schemas/reports";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  try {
    const user = await requireUser();
    const range = usageRangeSchema.parse(Object.fromEntries(new URL(request.url).searchParams));
    const { from, to, jobs, names } = await loadUsage(user, range);
    return NextResponse.json(aggregateUsage(jobs, names, from, to), { headers: { "cache-control": "private, no-store" } });
  } catch (error) {
    return errorResponse(error);
  }
}
