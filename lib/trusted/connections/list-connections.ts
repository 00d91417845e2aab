import "server-only";
import { db } from "@/lib/db";
import { connectionPublicSelect } from "@/lib/data/connections/connection-public-select";
import { keyHint, type ConnectionDto } from "@/lib/data/connections/connection-schemas";
import { parseImageHosts } from "@/lib/data/connections/image-host-schema";

/** Every connection, default first; the key never leaves the database (not even encrypted). */
export async function listConnections(): Promise<ConnectionDto[]> {
  const rows = await db.vendorConnection.findMany({
    orderBy: [{ isDefault: "desc" }, { createdAt: "asc" }],
    select: { ...connectionPublicSelect, _count: { select: { jobs: true } } },
  });
  return rows.map(({ keyLast4, _count, imageHosts, ...row }) => ({
    ...row,
    imageHosts: parseImageHosts(imageHosts),
    keyHint: keyHint(keyLast4),
    jobCount: _count.jobs,
  }));
}
