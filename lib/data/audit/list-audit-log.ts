import "server-only";
import { db, type Prisma } from "@/lib/db";
import type { AuditEntryDTO, AuditPageDTO } from "@/lib/dto/admin";
import type { AuditFilters } from "@/lib/schemas/reports";
import { assertAdmin } from "@/lib/data/users/assert-admin";
import type { SessionUser } from "@/lib/data/users/get-session-user";

export const AUDIT_PAGE_SIZE = 50;
const DAY_MS = 24 * 60 * 60_000;

function parseDetails(text: string): Record<string, unknown> {
  try {
    const value = JSON.parse(text) as unknown;
    return value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/**
 * One page of the append-only audit log, newest first (admins). Filters: the exact action or
 * an action family ("auth." matches every sign-in event), the actor's e-mail (any part),
 * UTC days. Paged by id, in both directions.
 */
export async function listAuditLog(actor: Pick<SessionUser, "role">, filters: AuditFilters, pageSize = AUDIT_PAGE_SIZE): Promise<AuditPageDTO> {
  assertAdmin(actor);
  const where: Prisma.AuditLogWhereInput[] = [];
  if (filters.action) where.push(filters.action.endsWith(".") ? { action: { startsWith: filters.action } } : { action: filters.action });
  if (filters.actor) where.push({ OR: [{ actorEmail: { contains: filters.actor.toLowerCase() } }, { actorId: filters.actor }] });
  if (filters.from) where.push({ at: { gte: new Date(`${filters.from}T00:00:00Z`) } });
  if (filters.to) where.push({ at: { lt: new Date(Date.parse(`${filters.to}T00:00:00Z`) + DAY_MS) } });

  const goingNewer = filters.after !== undefined && filters.before === undefined;
  const cursor: Prisma.AuditLogWhereInput[] = goingNewer ? [{ id: { gt: filters.after } }] : filters.before ? [{ id: { lt: filters.before } }] : [];
  const rows = await db.auditLog.findMany({ where: { AND: [...where, ...cursor] }, orderBy: { id: goingNewer ? "asc" : "desc" }, take: pageSize + 1 });
  const more = rows.length > pageSize;
  const page = rows.slice(0, pageSize);
  if (goingNewer) page.reverse();

  const items: AuditEntryDTO[] = page.map((row) => ({
    id: row.id,
    at: row.at.toISOString(),
    action: row.action,
    actorId: row.actorId,
    actorEmail: row.actorEmail,
    targetType: row.targetType,
    targetId: row.targetId,
    details: parseDetails(row.details),
    ip: row.ip,
    count: row.count,
  }));
  const newest = items[0]?.id;
  const oldest = items.at(-1)?.id;
  const hasOlder = goingNewer ? oldest !== undefined && (await db.auditLog.count({ where: { AND: [...where, { id: { lt: oldest } }] } })) > 0 : more;
  const hasNewer = goingNewer
    ? more
    : newest !== undefined && filters.before !== undefined && (await db.auditLog.count({ where: { AND: [...where, { id: { gt: newest } }] } })) > 0;
  return { items, olderCursor: hasOlder && oldest !== undefined ? oldest : null, newerCursor: hasNewer && newest !== undefined ? newest : null };
}
