import "server-only";
import { db } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import { env } from "@/lib/env";
import { loadSecrets } from "@/lib/secrets";
import { STUDIO_ACTOR } from "@/lib/trusted/audit/audit-actor";
import { sealConnectionKey } from "./connection-key";
import { createConnection } from "./create-connection";

export const BUILTIN_CONNECTION_NAME = "Built-in simulator";

/**
 * On a fresh install the studio is connected to its own simulator (TTAPI protocol, served
 * under /sim/ttapi on this server) so everything works with no vendor account: added by the
 * path every connection takes (createConnection), in the studio's name. On later starts only
 * the address and key are refreshed, in case PORT or SIMULATOR_API_KEY changed.
 *
 * Several studio processes on one PostgreSQL share the one built-in connection, and a simulator's
 * tasks live in the process that runs it: the connection stays with the process whose simulator
 * it names while that one answers (every process then sends its built-in jobs there over HTTP),
 * and a process starting while it does not answer takes the connection over.
 */
/** Whether another studio process's simulator answers at that address (its API refuses a request without a key: any HTTP answer counts). */
async function simulatorAnswers(baseUrl: string): Promise<boolean> {
  try {
    await fetch(`${baseUrl}/midjourney/v1/fetch`, { method: "POST", signal: AbortSignal.timeout(2000) });
    return true;
  } catch {
    return false;
  }
}

export async function ensureBuiltinConnection(): Promise<void> {
  try {
    await ensureOnce();
  } catch (error) {
    // Another studio process booting at the same moment created it first (by the unique name):
    // from here on it exists, and the path for an existing connection applies.
    if (!createdMeanwhile(error)) throw error;
    await ensureOnce();
  }
}

function createdMeanwhile(error: unknown): boolean {
  if (isAppError(error)) return error.code === "CONFLICT";
  // By its code, not its class: the PostgreSQL client (lib/db.ts) has its own copy of Prisma's error classes.
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002";
}

async function ensureOnce(): Promise<void> {
  const baseUrl = `http://127.0.0.1:${env().PORT}/sim/ttapi`;
  const apiKey = loadSecrets().simulatorApiKey;
  const existing = await db.vendorConnection.findFirst({ where: { builtin: true } });
  if (existing) {
    if (existing.baseUrl !== baseUrl && (await simulatorAnswers(existing.baseUrl))) return;
    await db.vendorConnection.update({ where: { id: existing.id }, data: { baseUrl, ...sealConnectionKey(apiKey) } });
    return;
  }
  const hasDefault = await db.vendorConnection.findFirst({ where: { isDefault: true }, select: { id: true } });
  // The simulator runs on this machine: no need to ration requests to it as for a paid vendor.
  await createConnection(
    { name: BUILTIN_CONNECTION_NAME, protocol: "ttapi", baseUrl, apiKey, isDefault: !hasDefault, concurrency: 10, rateLimitPerMin: 6000 },
    STUDIO_ACTOR,
    { builtin: true },
  );
}
