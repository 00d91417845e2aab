// GET /api/admin/users – everyone with an account, their roles and teams (admins)
import { NextResponse } from "next/server";
import { requireUser } from "@/lib/auth/session";
import { listAdminUsers } from "@/lib/data/users/list-admin-users";
import { errorResponse } from "@/lib/http/error-response";

export const dynamic = "force-dynamic";

export async function GET() {
  try {
    const user = await requireUser();
    return NextResponse.json(await listAdminUsers(user), { headers: { "cache-control": "private, no-store" } });
  } catch (error) {
    return errorResponse(error);
  }
}
