// Shared by the ingest integration tests: realistic test images, a vendor stand-in and
// ways to look at what landed in storage.
import sharp from "sharp";
import { vi } from "vitest";
import { getImageStorage } from "@/lib/storage/get-image-storage";
import type { TaskSnapshot } from "@/lib/vendors/types";
import { VendorError } from "@/lib/vendors/vendor-error";

/** Deterministic, non-trivial pixels (gradients plus a hash pattern) so PNG sizes are realistic. */
export function patternPixels(width: number, height: number, seed: number): Buffer {
  const data = Buffer.alloc(width * height * 3);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const o = (y * width + x) * 3;
      const h = Math.imul(x * 374761393 + y * 668265263 + seed, 1274126177) >>> 24;
      data[o] = (x * 255) / width + (h & 15);
      data[o + 1] = (y * 255) / height + ((h >> 4) & 15);
      data[o + 2] = (seed * 40 + ((x ^ y) & 63)) & 255;
    }
  }
  return data;
}

export async function makeImage(width: number, height: number, seed: number, format: "png" | "jpeg" = "png") {
  const raw = patternPixels(width, height, seed);
  const image = sharp(raw, { raw: { width, height, channels: 3 } });
  return { raw, bytes: await (format === "png" ? image.png() : image.jpeg({ quality: 90 })).toBuffer() };
}

/** A vendor stand-in: serves the given bytes by URL, like an adapter's downloadImage. */
export function fakeClient(files: Record<string, Buffer | Error>) {
  return {
    downloadImage: vi.fn(async (url: string, _maxBytes: number) => {
      const found = files[url];
      if (found === undefined) throw new VendorError("NOT_FOUND", `404 for ${url}`, { httpStatus: 404 });
      if (found instanceof Error) throw found;
      return { bytes: found, contentType: "image/png" };
    }),
  };
}

export function snapshot(extra: Partial<TaskSnapshot>): TaskSnapshot {
  return { taskId: "task-1", status: "SUCCEEDED", progress: 100, actions: [], ...extra };
}

/** The keys of a job's stored images and thumbnails, through the storage (local files or a bucket). */
export async function jobFiles(jobId: string): Promise<string[]> {
  const keys: string[] = [];
  for (const folder of [`jobs/${jobId}/`, `thumbs/${jobId}/`]) for await (const entry of getImageStorage().list(folder)) keys.push(entry.key);
  return keys.sort();
}

export async function readStored(key: string): Promise<Buffer> {
  const bytes = await getImageStorage().read(key);
  if (!bytes) throw new Error(`${key} is not in storage`);
  return bytes;
}
