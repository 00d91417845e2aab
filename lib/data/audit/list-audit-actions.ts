import "server-only";
import { db } from "@/lib/db";
import { assertAdmin } from "@/lib/data/users/assert-admin";
import type { SessionUser } from "@/lib/data/users/get-session-user";

/** The actions recorded so far, for the audit page's filter. */
export async function listAuditActions(actor: Pick<SessionUser, "role">): Promise<string[]> {
  assertAdmin(actor);
  const rows = await db.auditLog.findMany({ distinct: ["action"], select: { action: true }, orderBy: { action: "asc" } });
  return rows.map((r) => r.action);
}
