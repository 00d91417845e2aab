// Sends one image to POST /api/uploads; the key it returns is what blend, describe and image
// references pass to the server actions.
import { UNREACHABLE_MESSAGE } from "@/components/ui/action-result";

export interface UploadedImage {
  key: string;
  width: number;
  height: number;
}

export const ACCEPTED_IMAGE_TYPES = "image/png,image/jpeg,image/webp,image/gif";
const MAX_BYTES = 10 * 1024 * 1024;

export async function uploadImage(file: Blob): Promise<UploadedImage> {
  if (file.size > MAX_BYTES) throw new Error("Images can be at most 10 MB.");
  if (file.type && !ACCEPTED_IMAGE_TYPES.split(",").includes(file.type)) throw new Error("Only PNG, JPEG, WebP and GIF images can be used.");
  const body = new FormData();
  body.append("file", file);
  // A failed request reads like every other write that got no answer.
  const response = await fetch("/api/uploads", { method: "POST", body }).catch(() => {
    throw new Error(UNREACHABLE_MESSAGE);
  });
  const json = (await response.json().catch(() => null)) as (UploadedImage & { error?: string }) | null;
  if (!response.ok || !json?.key) throw new Error(json?.error ?? "The upload did not go through. Try again.");
  return { key: json.key, width: json.width, height: json.height };
}

/** Image files from a drop, a paste or a file picker (anything else is ignored). */
export function imageFiles(list: FileList | DataTransferItemList | null | undefined): File[] {
  if (!list) return [];
  const files: File[] = [];
  for (const entry of Array.from(list as ArrayLike<File | DataTransferItem>)) {
    const file = entry instanceof File ? entry : entry.kind === "file" ? entry.getAsFile() : null;
    if (file && file.type.startsWith("image/")) files.push(file);
  }
  return files;
}
