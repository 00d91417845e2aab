// Puts one image and its thumbnail into storage, then records it. Files first, row second:
// a row always points at complete files, and a crash in between leaves files that the next
// attempt rewrites under the same keys.
import type { ImageKind } from "@/lib/domain/image-kind";
import { createHash } from "node:crypto";
import type { JobImage } from "@/lib/data/images/job-image";
import { recordJobImage } from "@/lib/trusted/images/record-job-image";
import type { ImageStorage } from "@/lib/storage/image-storage";
import { IngestError } from "./ingest-error";

export interface ImageToStore {
  kind: ImageKind;
  index: number;
  bytes: Buffer;
  mime: string;
  extension: string;
  width: number;
  height: number;
  thumbnail: Buffer;
}

/**
 * Keys are scoped to the job and carry a prefix of the content's hash: the same bytes always
 * land on the same key (a retry overwrites a file with itself), different bytes never replace
 * a file a row already points at, and the ETag (the sha256) always matches the file served.
 */
export function imageStorageKeys(jobId: string, image: Pick<ImageToStore, "kind" | "index" | "extension">, sha256: string, thumbSha256: string) {
  const name = `${image.kind.toLowerCase()}-${image.index}`;
  return {
    storageKey: `jobs/${jobId}/${name}-${sha256.slice(0, 16)}.${image.extension}`,
    thumbKey: `thumbs/${jobId}/${name}-${thumbSha256.slice(0, 16)}.webp`,
  };
}

/** The row for the image's slot, and whether it is ours (false: a concurrent ingest recorded other bytes first). */
export async function storeJobImage(storage: ImageStorage, jobId: string, image: ImageToStore): Promise<{ image: JobImage; ours: boolean }> {
  const sha256 = sha256Hex(image.bytes);
  const { storageKey, thumbKey } = imageStorageKeys(jobId, image, sha256, sha256Hex(image.thumbnail));
  try {
    // Content-addressed: a file already under the key (an earlier attempt's) holds these bytes.
    if (!(await storage.exists(storageKey))) await storage.put(storageKey, image.bytes, image.mime);
    if (!(await storage.exists(thumbKey))) await storage.put(thumbKey, image.thumbnail, "image/webp");
  } catch (error) {
    throw new IngestError("STORAGE_FAILED", `Storing ${storageKey} failed: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
  const recorded = await recordJobImage({
    jobId,
    kind: image.kind,
    index: image.index,
    storageKey,
    thumbKey,
    width: image.width,
    height: image.height,
    bytes: image.bytes.length,
    sha256,
    mime: image.mime,
  });
  // A concurrent ingest recorded different bytes first: ours are referenced by nothing.
  if (recorded.storageKey !== storageKey) await storage.delete(storageKey).catch(() => undefined);
  if (recorded.thumbKey !== thumbKey) await storage.delete(thumbKey).catch(() => undefined);
  return { image: recorded, ours: recorded.storageKey === storageKey };
}

function sha256Hex(bytes: Buffer): string {
  return createHash("sha256").update(bytes).digest("hex");
}
