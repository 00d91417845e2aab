// GET /api/admin/users – everyone with an account, their roles and teams (admins)
import { NextResponse } from "next/server";
import { listAdminUsers } from "@/lib/data/users/list-admin-users";
import { authedRoute } from "@/lib/http/authed-route";

export const dynamic = "force-dynamic";

export const GET = authedRoute({}, async ({ user }) => NextResponse.json(await listAdminUsers(user), { headers: { "cache-control": "private, no-store" } }));
