// A grid without separate tiles from the vendor: store the grid as delivered, then cut the four
// tiles from it one at a time.
import { downloadVendorImage } from "./download-vendor-image";
import { gridTileRegions } from "./grid-tile-regions";
import { decodeToRaw, encodeTilePng, makeThumbnail } from "./image-renditions";
import { slotKey, mainImageUrls, type IngestContext } from "./ingest-context";
import { inspectImage, type ImageInfo } from "./inspect-image";
import { storeJobImage } from "./store-job-image";

export async function storeSplitGrid(ctx: IngestContext): Promise<void> {
  const source = await gridSource(ctx);
  const grid = await decodeToRaw(source.bytes, "grid image");
  const regions = gridTileRegions(grid.width, grid.height);

  if (!ctx.recorded.has(slotKey("GRID", 0))) {
    const thumbnail = await makeThumbnail(grid, "grid thumbnail");
    const stored = await storeJobImage(ctx.storage, ctx.jobId, { kind: "GRID", index: 0, bytes: source.bytes, ...pick(source.info), thumbnail });
    ctx.recorded.set(slotKey("GRID", 0), stored);
  }

  // Sequential on purpose: one tile's PNG and thumbnail in memory at a time.
  for (const region of regions) {
    if (ctx.recorded.has(slotKey("TILE", region.index))) continue;
    const bytes = await encodeTilePng(grid, region);
    const thumbnail = await makeThumbnail(grid, `tile ${region.index} thumbnail`, region);
    const stored = await storeJobImage(ctx.storage, ctx.jobId, { kind: "TILE", index: region.index, bytes, mime: "image/png", extension: "png", width: region.width, height: region.height, thumbnail });
    ctx.recorded.set(slotKey("TILE", region.index), stored);
  }
}

/**
 * The grid's bytes: our own stored copy when an earlier attempt got that far (no second
 * download, and the tiles come out identical), else the vendor's.
 */
async function gridSource(ctx: IngestContext): Promise<{ bytes: Buffer; info: ImageInfo }> {
  const stored = ctx.recorded.get(slotKey("GRID", 0));
  const bytes = stored ? await ctx.storage.read(stored.storageKey) : null;
  if (bytes) return { bytes, info: await inspectImage(bytes, "stored grid image") };
  return downloadVendorImage(ctx.client, mainImageUrls(ctx.snapshot), "grid image");
}

function pick(info: ImageInfo) {
  return { mime: info.mime, extension: info.extension, width: info.width, height: info.height };
}
