import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";

/** A connection by its name or id, or NOT_FOUND. Only the fields decisions need, never the key. */
export async function findConnectionOrThrow(nameOrId: string) {
  const connection = await db.vendorConnection.findFirst({
    where: { OR: [{ name: nameOrId.trim() }, { id: nameOrId.trim() }] },
    select: { id: true, name: true, status: true, builtin: true, isDefault: true },
  });
  if (!connection) throw new AppError("NOT_FOUND", `There is no connection named "${nameOrId}".`);
  return connection;
}
