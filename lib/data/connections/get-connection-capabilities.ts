import "server-only";
import { db } from "@/lib/db";
import { NO_CAPABILITIES, type ConnectionCapabilities } from "@/lib/domain/connection-capabilities";
import { connectionCapabilities } from "./connection-capabilities";

/** What one connection can do (the caller has already checked the user may use it). */
export async function getConnectionCapabilities(connectionId: string): Promise<ConnectionCapabilities> {
  const row = await db.vendorConnection.findUnique({ where: { id: connectionId }, select: { protocol: true, profile: true, baseUrl: true } });
  return row ? connectionCapabilities(row) : NO_CAPABILITIES;
}
