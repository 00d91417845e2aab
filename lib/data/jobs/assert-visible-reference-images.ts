import "server-only";
import { getImageForUser } from "@/lib/data/images/get-image-for-user";
import type { SessionUser } from "@/lib/data/users/get-session-user";
import { AppError } from "@/lib/errors";

/**
 * Gallery images used as references must be ones the user may see, by the same rule as viewing
 * and downloading them (getImageForUser), and still images: the vendor gets a signed link to it.
 * Missing and not-allowed read the same, so ids cannot be probed.
 */
export async function assertVisibleReferenceImages(user: Pick<SessionUser, "id" | "teams">, imageIds: string[]): Promise<void> {
  for (const imageId of new Set(imageIds)) {
    const image = await getImageForUser(user, imageId);
    if (!image) throw new AppError("NOT_FOUND", "One of the reference images is not in the gallery (or is not one you can see).");
    if (!image.mime.startsWith("image/")) throw new AppError("BAD_REQUEST", "A video clip cannot be a reference: pick a still image.");
  }
}
