import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { vendorRateLimiter } from "@/lib/jobs/rate-limiter";
import { createVendorClient } from "@/lib/vendors/create-vendor-client";
import type { MjproxyProfile, Protocol, SpeedMode, VendorClient } from "@/lib/vendors/types";
import { openConnectionKey } from "./connection-key";
import { PROFILES, PROTOCOLS, SPEED_MODES } from "./connection-schemas";
import { parseImageHosts } from "./image-host-schema";

// SQLite has no enums: the columns are strings, checked here before they reach the adapter.
function oneOf<T extends string>(values: readonly T[], value: string, fallback: T): T {
  return (values as readonly string[]).includes(value) ? (value as T) : fallback;
}

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
  if (!(PROTOCOLS as readonly string[]).includes(row.protocol)) {
    throw new AppError("INTERNAL", `Connection ${connectionId} has an unknown protocol "${row.protocol}".`);
  }
  return createVendorClient(
    {
      protocol: row.protocol as Protocol,
      profile: oneOf<MjproxyProfile>(PROFILES, row.profile, "generic"),
      baseUrl: row.baseUrl,
      apiKey: openConnectionKey(row.keyCiphertext),
      defaultMode: oneOf<SpeedMode>(SPEED_MODES, row.defaultMode, "fast"),
      imageHosts: parseImageHosts(row.imageHosts),
    },
    {},
    { limiter: vendorRateLimiter(), key: connectionId, perMinute: row.rateLimitPerMin },
  );
}
