import "server-only";
import { AppError } from "@/lib/errors";
import { isOwnUpload } from "@/lib/uploads/image-upload";

/** Uploads are referenced by key: a user may only use their own. */
export function assertOwnUploads(userId: string, keys: string[]): void {
  if (keys.some((key) => !isOwnUpload(userId, key))) throw new AppError("FORBIDDEN", "One of the images is not one of your uploads.");
}
