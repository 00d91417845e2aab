// GET /api/admin/usage/csv?from=YYYY-MM-DD&to=YYYY-MM-DD&teamId= – the usage report as a CSV download (admins)
import { requireUser } from "@/lib/auth/session";
import { loadUsage } from "@/lib/data/usage/load-usage";
import { toUsageCsv } from "@/lib/data/usage/to-usage-csv";
import { usageRows } from "@/lib/data/usage/usage-rows";
import { errorResponse } from "@/lib/http/error-response";
import { usageRangeSchema } from "@/lib/schemas/reports";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  try {
    const user = await requireUser();
    const range = usageRangeSchema.parse(Object.fromEntries(new URL(request.url).searchParams));
    const { from, to, jobs, names } = await loadUsage(user, range);
    return new Response(toUsageCsv(usageRows(jobs, names)), {
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": `attachment; filename="atelier-usage-${from}-to-${to}.csv"`,
        "cache-control": "private, no-store",
      },
    });
  } catch (error) {
    return errorResponse(error);
  }
}
