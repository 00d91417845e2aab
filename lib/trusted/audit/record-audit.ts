import "server-only";
import { db, type Prisma } from "@/lib/db";

export interface AuditEntry {
  action: string;
  actorId?: string | null;
  actorEmail?: string | null;
  targetType?: string;
  targetId?: string;
  details?: Record<string, unknown>;
  ip?: string | null;
}

/**
 * Append one audit record. Never pass a secret in details: the log is shown to admins.
 * Inside a transaction, pass its client: the change and its record then commit together.
 */
export async function recordAudit(entry: AuditEntry, client: Prisma.TransactionClient | typeof db = db): Promise<void> {
  await client.auditLog.create({
    data: {
      action: entry.action,
      actorId: entry.actorId ?? null,
      actorEmail: entry.actorEmail ?? null,
      targetType: entry.targetType,
      targetId: entry.targetId,
      details: JSON.stringify(entry.details ?? {}),
      ip: entry.ip ?? null,
    },
  });
}
