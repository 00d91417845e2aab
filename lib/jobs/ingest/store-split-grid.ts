// A grid without separate tiles from the vendor: store the grid as delivered, then cut the four
// tiles from it one at a time.
import { downloadVendorImage } from "./download-vendor-image";
import { gridTileRegions } from "./grid-tile-regions";
import { decodeToRaw, encodeTilePng, makeThumbnail } from "./image-renditions";
import { mainImageUrls, slotKey, type IngestContext } from "./ingest-context";
import { IngestError } from "./ingest-error";
import { inspectImage, type ImageInfo } from "./inspect-image";
import { storeJobImage } from "./store-job-image";

export async function storeSplitGrid(ctx: IngestContext): Promise<void> {
  const source = await gridSource(ctx);
  let grid = await decodeToRaw(source.bytes, "grid image");

  if (!ctx.recorded.has(slotKey("GRID", 0))) {
    const thumbnail = await makeThumbnail(grid, "grid thumbnail");
    const { mime, extension, width, height } = source.info;
    const { image, ours } = await storeJobImage(ctx.storage, ctx.jobId, {
      kind: "GRID",
      index: 0,
      bytes: source.bytes,
      mime,
      extension,
      width,
      height,
      thumbnail,
    });
    ctx.recorded.set(slotKey("GRID", 0), image);
    // A concurrent ingest recorded a different grid first: cut the tiles from that one, so the
    // five images always belong together.
    if (!ours) grid = await decodeToRaw(await readRecordedGrid(ctx), "stored grid image");
  }

  // Sequential on purpose: one tile's PNG and thumbnail in memory at a time.
  for (const region of gridTileRegions(grid.width, grid.height)) {
    if (ctx.recorded.has(slotKey("TILE", region.index))) continue;
    const bytes = await encodeTilePng(grid, region);
    const thumbnail = await makeThumbnail(grid, `tile ${region.index} thumbnail`, region);
    const { image } = await storeJobImage(ctx.storage, ctx.jobId, {
      kind: "TILE",
      index: region.index,
      bytes,
      mime: "image/png",
      extension: "png",
      width: region.width,
      height: region.height,
      thumbnail,
    });
    ctx.recorded.set(slotKey("TILE", region.index), image);
  }
}

/**
 * The grid's bytes: our own stored copy when an earlier attempt got that far (no second
 * download, and the tiles come out identical to the ones it may already have stored), else
 * the vendor's.
 */
async function gridSource(ctx: IngestContext): Promise<{ bytes: Buffer; info: ImageInfo }> {
  if (ctx.recorded.has(slotKey("GRID", 0))) {
    const bytes = await readRecordedGrid(ctx).catch(() => null);
    if (bytes) return { bytes, info: await inspectImage(bytes, "stored grid image") };
  }
  return downloadVendorImage(ctx.client, mainImageUrls(ctx.snapshot), "grid image");
}

async function readRecordedGrid(ctx: IngestContext): Promise<Buffer> {
  const key = ctx.recorded.get(slotKey("GRID", 0))?.storageKey;
  const bytes = key ? await ctx.storage.read(key) : null;
  if (!bytes) throw new IngestError("STORAGE_FAILED", `The stored grid ${key} of job ${ctx.jobId} is missing.`);
  return bytes;
}
