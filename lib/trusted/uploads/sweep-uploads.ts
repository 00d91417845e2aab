import "server-only";
import { db } from "@/lib/db";
import { getImageStorage } from "@/lib/storage/get-image-storage";
import type { ImageStorage } from "@/lib/storage/image-storage";

const DAY_MS = 24 * 60 * 60_000;
// A put() renames its temp file into place within milliseconds; one an hour old was abandoned.
const TEMP_FILE_AGE_MS = 60 * 60_000;
const UPLOAD_FOLDERS = ["uploads/", "masks/"];

export interface UploadSweepResult {
  deletedUploads: number;
  keptUploads: number;
  deletedTempFiles: number;
}

/** True when a job names the upload in its params (references, blend and describe inputs, masks). */
async function usedByAJob(key: string): Promise<boolean> {
  // The params column is JSON text; keys appear in it as JSON strings.
  return (await db.job.findFirst({ where: { params: { contains: JSON.stringify(key) } }, select: { id: true } })) !== null;
}

/**
 * Deletes uploads nobody used: older than a day and named by no job (someone uploaded and
 * never submitted, or the submit was refused), including files from before uploads were
 * recorded; and temp files of writes a crash interrupted. An upload found in use is marked so
 * that later sweeps skip it without looking again. Run at boot and every hour.
 */
export async function sweepUploads(now = new Date(), storage: ImageStorage = getImageStorage()): Promise<UploadSweepResult> {
  const cutoff = new Date(now.getTime() - DAY_MS);
  const result: UploadSweepResult = { deletedUploads: 0, keptUploads: 0, deletedTempFiles: 0 };
  for (const folder of UPLOAD_FOLDERS) {
    for await (const object of storage.list(folder)) {
      if (object.modifiedAt >= cutoff) continue;
      const row = await db.upload.findUnique({ where: { key: object.key }, select: { createdAt: true, referencedAt: true } });
      if (row?.referencedAt || (row && row.createdAt >= cutoff)) continue;
      if (await usedByAJob(object.key)) {
        const userId = object.key.split("/")[1];
        await db.upload
          .upsert({
            where: { key: object.key },
            create: { key: object.key, userId, bytes: object.size, createdAt: object.modifiedAt, referencedAt: now },
            update: { referencedAt: now },
          })
          .catch(() => undefined); // an upload of a deleted user: nothing to remember it by
        result.keptUploads++;
        continue;
      }
      await storage.delete(object.key);
      await db.upload.deleteMany({ where: { key: object.key } });
      result.deletedUploads++;
    }
  }
  result.deletedTempFiles = await storage.removeAbandonedWrites(new Date(now.getTime() - TEMP_FILE_AGE_MS));
  return result;
}
