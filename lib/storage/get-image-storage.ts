// The storage the app uses: local files under DATA_DIR/images unless STORAGE_URL names a bucket
// (s3://bucket/prefix, see docs/storage.md). Nothing outside lib/storage knows which.
import type { ImageStorage } from "./image-storage";
import { LocalFileStorage } from "./local-file-storage";
import { createS3Client } from "./s3-client";
import { S3Storage } from "./s3-storage";
import { type StorageConfig, storageConfigFrom, storageSignature } from "./storage-config";

const bySettings = new Map<string, ImageStorage>();

export function getImageStorage(): ImageStorage {
  // Keyed by the variables that choose the store (DATA_DIR among them), so tests and tools that
  // point them elsewhere get their own storage rather than a stale one; one S3 client per store
  // keeps its connection pool.
  const signature = storageSignature(process.env);
  let storage = bySettings.get(signature);
  if (!storage) {
    storage = createImageStorage(storageConfigFrom(process.env));
    bySettings.set(signature, storage);
  }
  return storage;
}

export function createImageStorage(config: StorageConfig): ImageStorage {
  if (config.kind === "local") return new LocalFileStorage(config.root);
  return new S3Storage(createS3Client(config), config.bucket, config.prefix);
}
