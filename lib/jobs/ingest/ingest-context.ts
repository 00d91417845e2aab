// What the grid and single-image steps of ingest share.
import type { ImageKind } from "@/lib/domain/image-kind";
import type { JobImage } from "@/lib/data/images/job-image";
import type { ImageStorage } from "@/lib/storage/image-storage";
import type { TaskSnapshot, VendorClient } from "@/lib/vendors/types";

export interface IngestContext {
  jobId: string;
  snapshot: TaskSnapshot;
  client: Pick<VendorClient, "downloadImage">;
  storage: ImageStorage;
  /** Images already recorded for the job, by slotKey(); steps add what they record. */
  recorded: Map<string, JobImage>;
}

export function slotKey(kind: ImageKind, index: number): string {
  return `${kind}:${index}`;
}

/** The main image's URL and its fallbacks, in the order to try them. */
export function mainImageUrls(snapshot: TaskSnapshot): string[] {
  const urls = [snapshot.imageUrl, ...(snapshot.fallbackImageUrls ?? [])].filter((url): url is string => typeof url === "string" && url.length > 0);
  return [...new Set(urls)];
}
