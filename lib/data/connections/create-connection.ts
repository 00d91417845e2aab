import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { recordAudit } from "@/lib/data/audit/record-audit";
import { sealConnectionKey } from "./connection-key";
import { createConnectionSchema, keyHint, type ConnectionDto, type CreateConnectionInput } from "./connection-schemas";
import { parseImageHosts } from "./image-host-schema";

export interface ConnectionActor {
  id?: string | null;
  email?: string | null;
}

/**
 * Adds a vendor connection; the key is stored only encrypted. Callers are admins: the admin
 * action checks the role, the CLI runs with access to the server's files.
 */
export async function createConnection(input: CreateConnectionInput, actor: ConnectionActor = {}): Promise<ConnectionDto> {
  const parsed = createConnectionSchema.safeParse(input);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join(".") || "input"} ${issue.message}`);
    throw new AppError("BAD_REQUEST", `The connection is not valid: ${problems.join("; ")}.`);
  }
  const { apiKey, isDefault, actionCosts, imageHosts, ...fields } = parsed.data;
  if (await db.vendorConnection.findUnique({ where: { name: fields.name }, select: { id: true } })) {
    throw new AppError("CONFLICT", `A connection named "${fields.name}" already exists.`);
  }
  const sealed = sealConnectionKey(apiKey);
  const row = await db.$transaction(async (tx) => {
    // One default at a time: the new default replaces the old one in the same transaction.
    if (isDefault) await tx.vendorConnection.updateMany({ where: { isDefault: true }, data: { isDefault: false } });
    return tx.vendorConnection.create({
      data: { ...fields, ...sealed, isDefault, actionCosts: JSON.stringify(actionCosts), imageHosts: JSON.stringify(imageHosts) },
    });
  });
  await recordAudit({
    action: "connection.created",
    actorId: actor.id,
    actorEmail: actor.email,
    targetType: "VendorConnection",
    targetId: row.id,
    details: { name: row.name, protocol: row.protocol, profile: row.profile, baseUrl: row.baseUrl, isDefault: row.isDefault, actionCosts, imageHosts },
  });
  return {
    id: row.id,
    name: row.name,
    protocol: row.protocol,
    profile: row.profile,
    baseUrl: row.baseUrl,
    keyHint: keyHint(row.keyLast4),
    defaultMode: row.defaultMode,
    imageHosts: parseImageHosts(row.imageHosts),
    concurrency: row.concurrency,
    isDefault: row.isDefault,
    status: row.status,
    builtin: row.builtin,
    jobCount: 0,
    createdAt: row.createdAt,
  };
}
