// Copies a finished job's images from the vendor into Atelier's storage, with thumbnails and
// Image rows, so the gallery never depends on a vendor URL that will expire.
import type { JobImage } from "@/lib/data/images/job-image";
import { listJobImages } from "@/lib/trusted/images/list-job-images";
import { getImageStorage } from "@/lib/storage/get-image-storage";
import { isValidStorageKey } from "@/lib/storage/storage-key";
import type { TaskSnapshot, VendorClient } from "@/lib/vendors/types";
import { downloadVendorImage } from "./download-vendor-image";
import { makeThumbnail } from "./image-renditions";
import { mainImageUrls, slotKey, type IngestContext } from "./ingest-context";
import { jobOutput } from "./produces-grid";
import { storeJobImage } from "./store-job-image";
import { storeSplitGrid } from "./store-split-grid";
import { storeVendorTiles } from "./store-vendor-tiles";
import { ingestJobVideos } from "./ingest-job-videos";

export interface IngestJobImagesParams {
  jobId: string;
  action: string | null;
  kind: string;
  snapshot: TaskSnapshot;
  client: Pick<VendorClient, "downloadImage">;
  /** Job.params (JSON); a video job's poster falls back to its sourceKey. */
  params?: string;
}

export interface IngestJobImagesResult {
  /** Images the job now has in storage (5 for a grid, 1 for a single image, 1-4 clips for a video, 0 for text jobs). */
  images: number;
  /** Size of the grid or the single image. */
  width: number;
  height: number;
}

const GRID_SLOTS = [slotKey("GRID", 0), slotKey("TILE", 1), slotKey("TILE", 2), slotKey("TILE", 3), slotKey("TILE", 4)];
const SINGLE_SLOTS = [slotKey("UPSCALE", 0)];

/**
 * Idempotent: images already recorded are skipped, so a second call (a duplicate webhook, a
 * retry after a crash half way) only finishes what is missing and never stores a second copy.
 * Throws IngestError (see its `retryable`) when the vendor's image cannot be had.
 */
export async function ingestJobImages(params: IngestJobImagesParams): Promise<IngestJobImagesResult> {
  const output = jobOutput(params.kind, params.action);
  if (output === "NONE") return { images: 0, width: 0, height: 0 };
  // The id becomes a storage folder; ids are cuids, anything else is a caller bug.
  if (!isValidStorageKey(params.jobId) || params.jobId.includes("/")) throw new Error(`Unexpected job id ${JSON.stringify(params.jobId)}`);

  const existing = await listJobImages(params.jobId);
  if (output === "VIDEO") {
    const recorded = new Map(existing.map((image) => [slotKey(image.kind, image.index), image]));
    return ingestJobVideos({
      jobId: params.jobId,
      params: params.params ?? "{}",
      snapshot: params.snapshot,
      client: params.client,
      storage: getImageStorage(),
      recorded,
    });
  }
  const slots = output === "GRID" ? GRID_SLOTS : SINGLE_SLOTS;
  const ctx: IngestContext = {
    jobId: params.jobId,
    snapshot: params.snapshot,
    client: params.client,
    storage: getImageStorage(),
    recorded: new Map(existing.map((image) => [slotKey(image.kind, image.index), image])),
  };

  if (!slots.every((slot) => ctx.recorded.has(slot))) {
    if (output === "SINGLE") await storeSingleImage(ctx);
    else if (params.snapshot.tileUrls?.length === 4) await storeVendorTiles(ctx, params.snapshot.tileUrls);
    else await storeSplitGrid(ctx);
  }
  return summarize(slots, ctx.recorded);
}

async function storeSingleImage(ctx: IngestContext): Promise<void> {
  const { bytes, info } = await downloadVendorImage(ctx.client, mainImageUrls(ctx.snapshot), "image");
  const thumbnail = await makeThumbnail(bytes, "image thumbnail");
  const { image: stored } = await storeJobImage(ctx.storage, ctx.jobId, {
    kind: "UPSCALE",
    index: 0,
    bytes,
    mime: info.mime,
    extension: info.extension,
    width: info.width,
    height: info.height,
    thumbnail,
  });
  ctx.recorded.set(slotKey("UPSCALE", 0), stored);
}

function summarize(slots: string[], recorded: Map<string, JobImage>): IngestJobImagesResult {
  const main = recorded.get(slots[0]);
  return { images: slots.filter((slot) => recorded.has(slot)).length, width: main?.width ?? 0, height: main?.height ?? 0 };
}
