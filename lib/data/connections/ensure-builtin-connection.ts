import "server-only";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { loadSecrets } from "@/lib/secrets";
import { sealConnectionKey } from "./connection-key";

export const BUILTIN_CONNECTION_NAME = "Built-in simulator";

/**
 * On a fresh install the studio is connected to its own simulator (TTAPI protocol, served
 * under /sim/ttapi on this server) so everything works with no vendor account. On later
 * starts only the address and key are refreshed, in case PORT or SIMULATOR_API_KEY changed.
 */
export async function ensureBuiltinConnection(): Promise<void> {
  const baseUrl = `http://127.0.0.1:${env().PORT}/sim/ttapi`;
  const sealed = sealConnectionKey(loadSecrets().simulatorApiKey);
  const existing = await db.vendorConnection.findFirst({ where: { builtin: true } });
  if (existing) {
    await db.vendorConnection.update({ where: { id: existing.id }, data: { baseUrl, ...sealed } });
    return;
  }
  const hasDefault = await db.vendorConnection.findFirst({ where: { isDefault: true }, select: { id: true } });
  await db.vendorConnection.create({
    // The simulator runs on this machine: no need to ration requests to it as for a paid vendor.
    data: {
      name: BUILTIN_CONNECTION_NAME,
      protocol: "ttapi",
      profile: "generic",
      baseUrl,
      ...sealed,
      builtin: true,
      isDefault: !hasDefault,
      concurrency: 10,
      rateLimitPerMin: 6000,
    },
  });
}
