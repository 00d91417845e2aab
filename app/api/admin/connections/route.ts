// GET /api/admin/connections – every vendor connection with its teams and health (admins; keys shown as ••••last4 only)
import { NextResponse } from "next/server";
import { requireUser } from "@/lib/auth/session";
import { listAdminConnections } from "@/lib/data/connections/list-admin-connections";
import { errorResponse } from "@/lib/http/error-response";

export const dynamic = "force-dynamic";

export async function GET() {
  try {
    const user = await requireUser();
    return NextResponse.json(await listAdminConnections(user), { headers: { "cache-control": "private, no-store" } });
  } catch (error) {
    return errorResponse(error);
  }
}
