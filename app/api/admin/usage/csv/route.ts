// GET /api/admin/usage/csv?from=YYYY-MM-DD&to=YYYY-MM-DD&teamId= – the usage report as a CSV download (admins)
import { loadUsage } from "@/lib/data/usage/load-usage";
import { toUsageCsv } from "@/lib/data/usage/to-usage-csv";
import { usageRows } from "@/lib/data/usage/usage-rows";
import { authedRoute } from "@/lib/http/authed-route";
import { usageRangeSchema } from "@/lib/schemas/reports";

export const dynamic = "force-dynamic";

export const GET = authedRoute({ query: usageRangeSchema }, async ({ user, query }) => {
  const { from, to, jobs, names } = await loadUsage(user, query);
  return new Response(toUsageCsv(usageRows(jobs, names)), {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="atelier-usage-${from}-to-${to}.csv"`,
      "cache-control": "private, no-store",
    },
  });
});
