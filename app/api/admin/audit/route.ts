// GET /api/admin/audit?action=&actor=&from=&to=&before=&after= – one page of the audit log, newest first (admins)
import { NextResponse } from "next/server";
import { listAuditLog } from "@/lib/data/audit/list-audit-log";
import { authedRoute } from "@/lib/http/authed-route";
import { auditFiltersSchema } from "@/lib/schemas/reports";

export const dynamic = "force-dynamic";

export const GET = authedRoute({ query: auditFiltersSchema }, async ({ user, query }) =>
  NextResponse.json(await listAuditLog(user, query), { headers: { "cache-control": "private, no-store" } }),
);
