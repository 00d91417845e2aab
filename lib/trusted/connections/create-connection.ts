import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { recordAudit } from "@/lib/trusted/audit/record-audit";
import type { AuditActor } from "@/lib/trusted/audit/audit-actor";
import { keyHint, parseNewConnection, type ConnectionDto, type CreateConnectionInput } from "@/lib/data/connections/connection-schemas";
import { parseImageHosts } from "@/lib/data/connections/image-host-schema";
import { sealConnectionKey } from "./connection-key";
import { replaceConnectionTeams } from "./replace-connection-teams";

/**
 * Adds a vendor connection: the one path for the admin form (addConnection, after its admin
 * check), the CLI and the studio's built-in simulator. One validation (createConnectionSchema),
 * one transaction (the default moves, the row, its teams) and one audit row, written in that
 * transaction and without the key, which is stored only encrypted. `builtin` is the studio's own.
 */
export async function createConnection(input: CreateConnectionInput, actor: AuditActor, options: { builtin?: boolean } = {}): Promise<ConnectionDto> {
  const { apiKey, isDefault, actionCosts, imageHosts, teamIds, ...fields } = parseNewConnection(input);
  if (await db.vendorConnection.findUnique({ where: { name: fields.name }, select: { id: true } })) {
    throw new AppError("CONFLICT", `A connection named "${fields.name}" already exists.`);
  }
  const sealed = sealConnectionKey(apiKey);
  const row = await db.$transaction(async (tx) => {
    // One default at a time: the new default replaces the old one in the same transaction.
    if (isDefault) await tx.vendorConnection.updateMany({ where: { isDefault: true }, data: { isDefault: false } });
    const created = await tx.vendorConnection.create({
      data: {
        ...fields,
        ...sealed,
        isDefault,
        builtin: options.builtin ?? false,
        actionCosts: JSON.stringify(actionCosts),
        imageHosts: JSON.stringify(imageHosts),
      },
    });
    const teams = await replaceConnectionTeams(tx, created.id, teamIds);
    await recordAudit(
      {
        action: "connection.created",
        actorId: actor.id,
        actorEmail: actor.email,
        targetType: "VendorConnection",
        targetId: created.id,
        details: {
          name: created.name,
          protocol: created.protocol,
          profile: created.profile,
          baseUrl: created.baseUrl,
          isDefault: created.isDefault,
          concurrency: created.concurrency,
          rateLimitPerMin: created.rateLimitPerMin,
          actionCosts,
          imageHosts,
          teams: teams.length ? teams : "every team",
        },
      },
      tx,
    );
    return created;
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
