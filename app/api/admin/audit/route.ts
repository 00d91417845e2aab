// GET /api/admin/audit?action=&actor=&from=&to=&before=&after= – one page of the audit log, newest first (admins)
import { NextResponse } from "next/server";
import { requireUser } from "@/lib/auth/session";
import { listAuditLog } from "@/lib/data/audit/list-audit-log";
import { errorResponse } from "@/lib/http/error-response";
import { auditFiltersSchema } from "@/lib/schemas/reports";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  try {
    const user = await requireUser();
    const filters = auditFiltersSchema.parse(Object.fromEntries(new URL(request.url).searchParams));
    return NextResponse.json(await listAuditLog(user, filters), { headers: { "cache-control": "private, no-store" } });
  } catch (error) {
    return errorResponse(error);
  }
}
