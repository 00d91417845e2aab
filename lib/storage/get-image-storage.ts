// The storage the app uses. Local files under DATA_DIR/images for now; this is the one place
// that will choose an S3-compatible bucket when one is configured.
import { imagesDir } from "@/lib/runtime-paths";
import type { ImageStorage } from "./image-storage";
import { LocalFileStorage } from "./local-file-storage";

const byRoot = new Map<string, ImageStorage>();

export function getImageStorage(): ImageStorage {
  // Keyed by the folder, which follows DATA_DIR, so tests and tools that point DATA_DIR
  // elsewhere get their own storage rather than a stale one.
  const root = imagesDir();
  let storage = byRoot.get(root);
  if (!storage) {
    storage = new LocalFileStorage(root);
    byRoot.set(root, storage);
  }
  return storage;
}
