// A grid whose four tiles the vendor delivers separately (TTAPI `images`): store them as
// delivered rather than cutting our own.
import type { ImageKind } from "@/lib/domain/image-kind";
import { downloadVendorImage, type DownloadedVendorImage } from "./download-vendor-image";
import { makeThumbnail } from "./image-renditions";
import { mainImageUrls, slotKey, type IngestContext } from "./ingest-context";
import { storeJobImage } from "./store-job-image";

export async function storeVendorTiles(ctx: IngestContext, tileUrls: string[]): Promise<void> {
  // Everything missing is downloaded and checked before anything is stored, so a failed or
  // bogus download leaves no files and no rows (at most ~5 images of a few MB in memory).
  const downloads: { kind: ImageKind; index: number; image: DownloadedVendorImage }[] = [];
  if (!ctx.recorded.has(slotKey("GRID", 0))) {
    downloads.push({ kind: "GRID", index: 0, image: await downloadVendorImage(ctx.client, mainImageUrls(ctx.snapshot), "grid image") });
  }
  for (const [i, url] of tileUrls.entries()) {
    const index = i + 1;
    if (ctx.recorded.has(slotKey("TILE", index))) continue;
    downloads.push({ kind: "TILE", index, image: await downloadVendorImage(ctx.client, [url], `tile ${index}`) });
  }

  for (const { kind, index, image } of downloads) {
    const thumbnail = await makeThumbnail(image.bytes, `${kind.toLowerCase()} ${index} thumbnail`);
    const { mime, extension, width, height } = image.info;
    const { image: stored } = await storeJobImage(ctx.storage, ctx.jobId, { kind, index, bytes: image.bytes, mime, extension, width, height, thumbnail });
    ctx.recorded.set(slotKey(kind, index), stored);
  }
}
