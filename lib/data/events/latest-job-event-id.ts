import "server-only";
import { db } from "@/lib/db";

export async function latestJobEventId(): Promise<number> {
  const row = await db.jobEvent.findFirst({ orderBy: { id: "desc" }, select: { id: true } });
  return row?.id ?? 0;
}
