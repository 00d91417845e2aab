import "server-only";
import { db } from "@/lib/db";

export async function getConnectionForEngine(connectionId: string) {
  return db.vendorConnection.findUnique({
    where: { id: connectionId },
    select: { id: true, protocol: true, profile: true, baseUrl: true, rateLimitPerMin: true, defaultMode: true, status: true, updatedAt: true },
  });
}
