// The storage settings out of an environment: which store, and for a bucket how to reach it.
// Read from process.env on each call (not from the cached env()) so tests and the storage CLI
// that point STORAGE_URL or DATA_DIR elsewhere get what they set.
import path from "node:path";
import { envSchema } from "@/lib/env";
import { parseStorageUrl } from "./storage-url";

export interface S3Settings {
  bucket: string;
  /** Prepended to every key with a "/", or "" for the bucket's root. */
  prefix: string;
  /** Undefined: AWS itself. */
  endpoint: string | undefined;
  region: string;
  /** Undefined: the SDK's own chain (instance roles, ~/.aws, ...). */
  credentials: { accessKeyId: string; secretAccessKey: string } | undefined;
  forcePathStyle: boolean;
}

export type StorageConfig = { kind: "local"; root: string } | ({ kind: "s3" } & S3Settings);

const STORAGE_VARIABLES = [
  "DATA_DIR",
  "STORAGE_URL",
  "S3_ENDPOINT",
  "AWS_REGION",
  "AWS_ACCESS_KEY_ID",
  "AWS_SECRET_ACCESS_KEY",
  "S3_FORCE_PATH_STYLE",
] as const;
const storageSchema = envSchema.pick({
  DATA_DIR: true,
  STORAGE_URL: true,
  S3_ENDPOINT: true,
  AWS_REGION: true,
  AWS_ACCESS_KEY_ID: true,
  AWS_SECRET_ACCESS_KEY: true,
  S3_FORCE_PATH_STYLE: true,
});

export class StorageConfigError extends Error {
  constructor(problems: string[]) {
    super(`Storage: fix these environment variables:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "StorageConfigError";
  }
}

/** The variables that decide the store, as one string: equal strings, equal stores. */
export function storageSignature(source: Record<string, string | undefined>): string {
  return JSON.stringify(STORAGE_VARIABLES.map((name) => source[name] ?? ""));
}

export function storageConfigFrom(source: Record<string, string | undefined>): StorageConfig {
  const cleaned = Object.fromEntries(STORAGE_VARIABLES.map((name) => [name, source[name]]).filter(([, v]) => v !== undefined && v !== ""));
  const parsed = storageSchema.safeParse(cleaned);
  if (!parsed.success) throw new StorageConfigError(parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`));
  const vars = parsed.data;
  const location = parseStorageUrl(vars.STORAGE_URL);
  if (location.kind === "local") {
    return { kind: "local", root: location.root ?? path.join(path.resolve(/*turbopackIgnore: true*/ vars.DATA_DIR), "images") };
  }
  // Half a key pair would silently fall through to the SDK's other sources: say so instead.
  if (Boolean(vars.AWS_ACCESS_KEY_ID) !== Boolean(vars.AWS_SECRET_ACCESS_KEY)) {
    throw new StorageConfigError([
      `${vars.AWS_ACCESS_KEY_ID ? "AWS_SECRET_ACCESS_KEY" : "AWS_ACCESS_KEY_ID"}: set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY together, or neither`,
    ]);
  }
  return {
    kind: "s3",
    bucket: location.bucket,
    prefix: location.prefix,
    endpoint: vars.S3_ENDPOINT,
    region: vars.AWS_REGION,
    credentials:
      vars.AWS_ACCESS_KEY_ID && vars.AWS_SECRET_ACCESS_KEY ? { accessKeyId: vars.AWS_ACCESS_KEY_ID, secretAccessKey: vars.AWS_SECRET_ACCESS_KEY } : undefined,
    forcePathStyle: vars.S3_FORCE_PATH_STYLE,
  };
}

/** Where a store is, for messages: "local files in /x" or "bucket "b" at https://host". */
export function describeStorage(config: StorageConfig): string {
  if (config.kind === "local") return `local files in ${config.root}`;
  const where = config.endpoint ?? `AWS S3 (${config.region})`;
  return `bucket "${config.bucket}"${config.prefix ? ` (prefix ${config.prefix}/)` : ""} at ${where}`;
}
