// The storage contract for image bytes: local files (local-file-storage.ts) or an S3-compatible
// bucket (s3-storage.ts: put = PutObject, get = GetObject, stat = HeadObject), so nothing
// outside lib/storage knows where the bytes live. Both pass storage-contract.ts.

/** What stat() reports about a stored object. */
export interface StoredObjectInfo {
  size: number;
  modifiedAt: Date;
}

/** An object opened for reading: its bytes as a web stream, and its size for Content-Length. */
export interface StoredObject {
  body: ReadableStream<Uint8Array>;
  size: number;
}

/** One entry of a listing. */
export interface StoredObjectEntry extends StoredObjectInfo {
  key: string;
}

export interface ImageStorage {
  /**
   * Stores bytes under a key, replacing any object already there. Atomic: a reader sees the
   * old object or the new one, never a half-written one, even after a crash.
   */
  put(key: string, bytes: Buffer, contentType: string): Promise<void>;
  /** Opens an object for streaming; null when it does not exist. */
  get(key: string): Promise<StoredObject | null>;
  /** Reads a whole object into memory; null when it does not exist. Meant for images, not archives. */
  read(key: string): Promise<Buffer | null>;
  exists(key: string): Promise<boolean>;
  stat(key: string): Promise<StoredObjectInfo | null>;
  /** Removes an object; removing a missing one is not an error. */
  delete(key: string): Promise<void>;
  /** Every object under a folder (a prefix ending in "/", e.g. "uploads/"; "" for all), in no particular order. */
  list(prefix: string): AsyncIterable<StoredObjectEntry>;
  /**
   * Removes what writes that never finished left behind (the process died mid-put), when older
   * than `before`. Returns how many were removed. Stores with atomic writes have none.
   */
  removeAbandonedWrites(before: Date): Promise<number>;
}
