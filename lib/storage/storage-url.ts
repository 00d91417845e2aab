// STORAGE_URL: where images live. Unset, "file:" or a folder: local files; s3://bucket/prefix: a
// bucket. Pure (no I/O), so lib/env.ts can check it together with every other variable.
import path from "node:path";
import type { RefinementCtx } from "zod";

export type StorageLocation = { kind: "local"; root: string | null } | { kind: "s3"; bucket: string; prefix: string };

// The S3 rules for a bucket name that every provider accepts (no dots: they break TLS with
// virtual-hosted style, and R2, OSS and COS refuse or discourage them).
const BUCKET = /^[a-z0-9][a-z0-9-]{1,61}[a-z0-9]$/;
// Prefix segments follow the storage key rules (lib/storage/storage-key.ts).
const PREFIX_SEGMENT = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

export class StorageUrlError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "StorageUrlError";
  }
}

/** Parses STORAGE_URL; root null means the default folder, DATA_DIR/images. Throws StorageUrlError. */
export function parseStorageUrl(value: string | undefined): StorageLocation {
  const url = (value ?? "").trim();
  if (url === "" || url === "file:") return { kind: "local", root: null };
  if (url.startsWith("file:")) return { kind: "local", root: path.resolve(/*turbopackIgnore: true*/ url.slice("file:".length)) };
  if (!url.startsWith("s3://")) {
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(url)) {
      throw new StorageUrlError("must be s3://bucket/prefix for a bucket, or a folder (file:/path) for local files");
    }
    return { kind: "local", root: path.resolve(/*turbopackIgnore: true*/ url) };
  }
  const [bucket = "", ...rest] = url.slice("s3://".length).split("/");
  if (!BUCKET.test(bucket)) {
    throw new StorageUrlError(`"${bucket}" is not a bucket name: use 3-63 lowercase letters, digits and hyphens, as in s3://atelier-images/studio`);
  }
  // s3://bucket, s3://bucket/ and s3://bucket/a/b/ are all fine; empty segments in between are not.
  const segments = rest.at(-1) === "" ? rest.slice(0, -1) : rest;
  const bad = segments.find((segment) => !PREFIX_SEGMENT.test(segment));
  if (bad !== undefined) {
    throw new StorageUrlError(`the prefix after the bucket must be folder names of letters, digits, ".", "_" and "-" (got "${bad}")`);
  }
  return { kind: "s3", bucket, prefix: segments.join("/") };
}

/** The zod check for lib/env.ts: one clear message per bad STORAGE_URL. */
export function refineStorageUrl(value: string, ctx: RefinementCtx): void {
  try {
    parseStorageUrl(value);
  } catch (error) {
    if (!(error instanceof StorageUrlError)) throw error;
    ctx.addIssue({ code: "custom", message: error.message });
  }
}
