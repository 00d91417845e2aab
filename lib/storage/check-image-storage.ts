// Is the configured store usable? For a bucket: does it exist, may we use it, does the endpoint
// answer. Run by `npm start` before serving, by /api/health and by `npm run storage -- check`.
import { HeadBucketCommand } from "@aws-sdk/client-s3";
import { createS3Client } from "./s3-client";
import { httpStatusOf, isNetworkError } from "./s3-errors";
import { describeStorage, type StorageConfig, storageConfigFrom } from "./storage-config";

export type StorageCheck = { ok: true; message: string } | { ok: false; message: string };

export async function checkImageStorage(source: Record<string, string | undefined> = process.env): Promise<StorageCheck> {
  let config: StorageConfig;
  try {
    config = storageConfigFrom(source);
  } catch (error) {
    return { ok: false, message: (error as Error).message };
  }
  // The local folder is created on the first put; DATA_DIR itself is checked by npm start.
  if (config.kind === "local") return { ok: true, message: `Storage: ${describeStorage(config)}` };

  const where = config.endpoint ?? `AWS S3 (${config.region})`;
  // One attempt: a check answers now, and start-up does not wait through retries.
  const client = createS3Client(config, { maxAttempts: 1 });
  try {
    await client.send(new HeadBucketCommand({ Bucket: config.bucket }));
    return { ok: true, message: `Storage: ${describeStorage(config)}` };
  } catch (error) {
    return { ok: false, message: `Storage: ${explain(error, config.bucket, where, config.endpoint)}` };
  } finally {
    client.destroy();
  }
}

function explain(error: unknown, bucket: string, where: string, endpoint: string | undefined): string {
  const status = httpStatusOf(error);
  if (status === 404) {
    const mc = endpoint ? `mc mb <alias>/${bucket}` : `mc mb s3/${bucket}`;
    const aws = `aws s3 mb s3://${bucket}${endpoint ? ` --endpoint-url ${endpoint}` : ""}`;
    return `bucket "${bucket}" does not exist at ${where} — create it first (e.g. ${mc}, or ${aws})`;
  }
  if (status === 403) {
    const permissions = "s3:ListBucket, s3:GetObject, s3:PutObject, s3:DeleteObject";
    return `access to bucket "${bucket}" at ${where} was refused — check AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY and the key's permissions (${permissions})`;
  }
  if (status === 301 || status === 400) {
    return `${where} answered ${status} for bucket "${bucket}" — check AWS_REGION (the bucket's region) and S3_FORCE_PATH_STYLE`;
  }
  if (isNetworkError(error) || status === undefined) {
    return `cannot reach ${where} for bucket "${bucket}" (${(error as Error).message || (error as Error).name}) — check S3_ENDPOINT and the network`;
  }
  return `${where} answered ${status} for bucket "${bucket}": ${(error as Error).message}`;
}
