import "server-only";
import { db } from "@/lib/db";

/** Gives an upload's bytes back to the quota when its file could not be written after all. */
export async function releaseUpload(key: string): Promise<void> {
  await db.upload.deleteMany({ where: { key } });
}
