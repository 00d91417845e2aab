import "server-only";
import { db } from "@/lib/db";
import { isSpeedMode } from "@/lib/domain/speed-mode";
import { isProfile, isProtocol } from "@/lib/domain/vendor-protocol";
import { AppError } from "@/lib/errors";
import { vendorRateLimiter } from "@/lib/jobs/rate-limiter";
import { createVendorClient } from "@/lib/vendors/create-vendor-client";
import type { VendorClient } from "@/lib/vendors/types";
import { openConnectionKey } from "./connection-key";
import { parseImageHosts } from "@/lib/data/connections/image-host-schema";

/**
 * The vendor client for a connection, with its key decrypted only here, right before use.
 * Retired connections still get a client: their tasks in flight must be able to finish.
 * Every request the client sends to the vendor waits for the connection's rate limit, shared
 * by everyone in this process (the engine, the prompt check, seeds, connection tests, the CLI).
 */
export async function getVendorClientForConnection(connectionId: string): Promise<VendorClient> {
  const row = await db.vendorConnection.findUnique({
    where: { id: connectionId },
    select: { protocol: true, profile: true, baseUrl: true, keyCiphertext: true, defaultMode: true, rateLimitPerMin: true, imageHosts: true },
  });
  if (!row) throw new AppError("NOT_FOUND", "That vendor connection no longer exists.");
  // The columns are TEXT (lib/domain/README.md): checked here before they reach the adapter.
  const protocol = row.protocol;
  if (!isProtocol(protocol)) {
    throw new AppError("INTERNAL", `Connection ${connectionId} has an unknown protocol "${row.protocol}".`);
  }
  return createVendorClient(
    {
      protocol,
      profile: isProfile(row.profile) ? row.profile : "generic",
      baseUrl: row.baseUrl,
      apiKey: openConnectionKey(row.keyCiphertext),
      defaultMode: isSpeedMode(row.defaultMode) ? row.defaultMode : "fast",
      imageHosts: parseImageHosts(row.imageHosts),
    },
    {},
    { limiter: vendorRateLimiter(), key: connectionId, perMinute: row.rateLimitPerMin },
  );
}
