// Copies a finished video job's clips from the vendor into Atelier's storage: each MP4 (checked
// to be one), a full-size poster still and a thumbnail, then one Image row (kind VIDEO, index
// 1..n) per clip. Files first, row second, as for images: a row never points at a missing file.
import { createHash } from "node:crypto";
import { jobParamsJson } from "@/lib/domain/job-json";
import type { JobImage } from "@/lib/data/images/job-image";
import { recordJobImage } from "@/lib/trusted/images/record-job-image";
import type { ImageStorage } from "@/lib/storage/image-storage";
import type { TaskSnapshot, VendorClient } from "@/lib/vendors/types";
import { isVendorError } from "@/lib/vendors/vendor-error";
import { downloadVendorImage } from "./download-vendor-image";
import { makeThumbnail } from "./image-renditions";
import { IngestError } from "./ingest-error";
import { ingestSharp, MAX_INPUT_PIXELS } from "./ingest-sharp";
import { inspectVideo, type VideoInfo } from "./inspect-video";

/** A 21 s 1080p clip at a generous bitrate stays far below this. */
export const MAX_VIDEO_BYTES = 200 * 1024 * 1024;

export interface IngestVideoContext {
  jobId: string;
  /** Job.params (JSON): sourceKey is the still to use as the poster when the vendor sends none. */
  params: string;
  snapshot: TaskSnapshot;
  client: Pick<VendorClient, "downloadImage">;
  storage: ImageStorage;
  recorded: Map<string, JobImage>;
}

export async function ingestJobVideos(ctx: IngestVideoContext): Promise<{ images: number; width: number; height: number }> {
  const urls = [...new Set(ctx.snapshot.videoUrls ?? [])];
  if (urls.length === 0) throw new IngestError("NO_IMAGE_URL", "The vendor gave no URL for the video.");
  for (const [i, url] of urls.entries()) {
    if (!ctx.recorded.has(`VIDEO:${i + 1}`)) ctx.recorded.set(`VIDEO:${i + 1}`, await storeClip(ctx, i + 1, url));
  }
  const first = ctx.recorded.get("VIDEO:1");
  return { images: urls.length, width: first?.width ?? 0, height: first?.height ?? 0 };
}

async function storeClip(ctx: IngestVideoContext, index: number, url: string): Promise<JobImage> {
  const bytes = await downloadClip(ctx.client, url);
  const info = inspectVideo(bytes, "video");
  const poster = await posterFor(ctx, info);
  const thumbnail = await makeThumbnail(poster, "video thumbnail");
  const sha256 = sha256Hex(bytes);
  const keys = {
    storageKey: `jobs/${ctx.jobId}/video-${index}-${sha256.slice(0, 16)}.mp4`,
    posterKey: `jobs/${ctx.jobId}/poster-${index}-${sha256Hex(poster).slice(0, 16)}.webp`,
    thumbKey: `thumbs/${ctx.jobId}/video-${index}-${sha256Hex(thumbnail).slice(0, 16)}.webp`,
  };
  try {
    if (!(await ctx.storage.exists(keys.storageKey))) await ctx.storage.put(keys.storageKey, bytes, info.mime);
    if (!(await ctx.storage.exists(keys.posterKey))) await ctx.storage.put(keys.posterKey, poster, "image/webp");
    if (!(await ctx.storage.exists(keys.thumbKey))) await ctx.storage.put(keys.thumbKey, thumbnail, "image/webp");
  } catch (error) {
    throw new IngestError("STORAGE_FAILED", `Storing ${keys.storageKey} failed: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
  const recorded = await recordJobImage({
    jobId: ctx.jobId,
    kind: "VIDEO",
    index,
    ...keys,
    width: info.width,
    height: info.height,
    bytes: bytes.length,
    sha256,
    mime: info.mime,
    durationMs: info.durationMs,
  });
  // A concurrent ingest recorded its own files first: ours are referenced by nothing.
  for (const key of ["storageKey", "posterKey", "thumbKey"] as const) {
    if (recorded[key] !== keys[key]) await ctx.storage.delete(keys[key]).catch(() => undefined);
  }
  return recorded;
}

async function downloadClip(client: IngestVideoContext["client"], url: string): Promise<Buffer> {
  try {
    const { bytes } = await client.downloadImage(url, MAX_VIDEO_BYTES, "video");
    if (bytes.length > MAX_VIDEO_BYTES) throw new IngestError("TOO_LARGE", `The video is ${bytes.length} bytes, more than ${MAX_VIDEO_BYTES}.`);
    return bytes;
  } catch (error) {
    if (error instanceof IngestError) throw error;
    throw new IngestError("DOWNLOAD_FAILED", `Downloading the video failed: ${error instanceof Error ? error.message : String(error)}`, {
      retryable: isVendorError(error) ? error.retryable : true,
      cause: error,
    });
  }
}

/**
 * The clip's still at the clip's own size: the vendor's thumbnail when it sends one, else the
 * frame the clip starts from (Midjourney's first frame is the animated image; an extension's
 * is the end of the clip it extends, whose still the job keeps as sourceKey).
 */
async function posterFor(ctx: IngestVideoContext, info: VideoInfo): Promise<Buffer> {
  let still: Buffer | undefined;
  if (ctx.snapshot.posterUrl) still = (await downloadVendorImage(ctx.client, [ctx.snapshot.posterUrl], "video poster")).bytes;
  const sourceKey = (jobParamsJson.decode(ctx.params) as { sourceKey?: unknown }).sourceKey;
  if (!still && typeof sourceKey === "string") still = (await ctx.storage.read(sourceKey)) ?? undefined;
  const image = still
    ? ingestSharp()(still, { limitInputPixels: MAX_INPUT_PIXELS }).resize({ width: info.width, height: info.height, fit: "cover" })
    : ingestSharp()({ create: { width: info.width, height: info.height, channels: 3, background: "#111" } });
  try {
    return await image.webp({ quality: 82 }).toBuffer();
  } catch (error) {
    throw new IngestError("CORRUPT_IMAGE", `The video poster could not be made: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
}

function sha256Hex(bytes: Buffer): string {
  return createHash("sha256").update(bytes).digest("hex");
}
