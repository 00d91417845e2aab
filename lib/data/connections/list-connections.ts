import "server-only";
import { db } from "@/lib/db";
import { keyHint, type ConnectionDto } from "./connection-schemas";

/** Every connection, default first; the key never leaves the database (not even encrypted). */
export async function listConnections(): Promise<ConnectionDto[]> {
  const rows = await db.vendorConnection.findMany({
    orderBy: [{ isDefault: "desc" }, { createdAt: "asc" }],
    select: {
      id: true,
      name: true,
      protocol: true,
      profile: true,
      baseUrl: true,
      keyLast4: true,
      defaultMode: true,
      concurrency: true,
      isDefault: true,
      status: true,
      builtin: true,
      createdAt: true,
      _count: { select: { jobs: true } },
    },
  });
  return rows.map(({ keyLast4, _count, ...row }) => ({ ...row, keyHint: keyHint(keyLast4), jobCount: _count.jobs }));
}
