// Fetches one of a job's images through the vendor adapter (which alone knows the vendor's
// hosts and credentials) and checks that what arrived is an image we store.
import type { VendorClient } from "@/lib/vendors/types";
import { isVendorError } from "@/lib/vendors/vendor-error";
import { IngestError } from "./ingest-error";
import { inspectImage, type ImageInfo } from "./inspect-image";

/** Midjourney's largest outputs (4x upscales) are ~30 MB as PNG. */
export const MAX_IMAGE_BYTES = 40 * 1024 * 1024;

export interface DownloadedVendorImage {
  bytes: Buffer;
  info: ImageInfo;
}

/**
 * Tries each copy of an image in order (TTAPI lists a CDN copy and a Discord copy, and one of
 * them may be gone) and returns the first that is a readable image.
 */
export async function downloadVendorImage(client: Pick<VendorClient, "downloadImage">, urls: string[], what: string): Promise<DownloadedVendorImage> {
  const errors: IngestError[] = [];
  for (const url of urls) {
    try {
      return await downloadOne(client, url, what);
    } catch (error) {
      errors.push(error instanceof IngestError ? error : new IngestError("DOWNLOAD_FAILED", `Downloading the ${what} failed.`, { cause: error }));
    }
  }
  if (errors.length === 0) throw new IngestError("NO_IMAGE_URL", `The vendor gave no URL for the ${what}.`);
  // Worth another try if any copy failed for a reason that may pass; otherwise the first
  // copy's reason (the vendor's main URL) is the one to report.
  throw errors.find((e) => e.retryable) ?? errors[0];
}

async function downloadOne(client: Pick<VendorClient, "downloadImage">, url: string, what: string): Promise<DownloadedVendorImage> {
  let bytes: Buffer;
  try {
    ({ bytes } = await client.downloadImage(url, MAX_IMAGE_BYTES));
  } catch (error) {
    // The adapter classifies its own failures (timeouts and 5xx may pass, a refused host or a
    // 404 will not); anything else, like a socket error, is worth another try.
    const retryable = isVendorError(error) ? error.retryable : true;
    throw new IngestError("DOWNLOAD_FAILED", `Downloading the ${what} failed: ${error instanceof Error ? error.message : String(error)}`, {
      retryable,
      cause: error,
    });
  }
  if (bytes.length > MAX_IMAGE_BYTES) throw new IngestError("TOO_LARGE", `The ${what} is ${bytes.length} bytes, more than ${MAX_IMAGE_BYTES}.`);
  return { bytes, info: await inspectImage(bytes, what) };
}
