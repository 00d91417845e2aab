// GET /api/admin/usage?from=YYYY-MM-DD&to=YYYY-MM-DD&teamId= – usage by day, member, action type, connection and team (admins)
import { NextResponse } from "next/server";
import { aggregateUsage } from "@/lib/data/usage/aggregate-usage";
import { loadUsage } from "@/lib/data/usage/load-usage";
import { authedRoute } from "@/lib/http/authed-route";
import { usageRangeSchema } from "@/lib/schemas/reports";

export const dynamic = "force-dynamic";

export const GET = authedRoute({ query: usageRangeSchema }, async ({ user, query }) => {
  const { from, to, jobs, names } = await loadUsage(user, query);
  return NextResponse.json(aggregateUsage(jobs, names, from, to), { headers: { "cache-control": "private, no-store" } });
});
