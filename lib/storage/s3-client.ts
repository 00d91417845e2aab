// The one place an S3 client is made from the storage settings.
import { S3Client } from "@aws-sdk/client-s3";
import type { S3Settings } from "./storage-config";

export function createS3Client(settings: S3Settings, options: { maxAttempts?: number } = {}): S3Client {
  return new S3Client({
    region: settings.region,
    endpoint: settings.endpoint,
    forcePathStyle: settings.forcePathStyle,
    credentials: settings.credentials,
    maxAttempts: options.maxAttempts ?? 3,
    // Since 3.729 the SDK sends a CRC32 checksum with every upload and asks for one on every
    // download by default. s3rver copes with it (tried: a Buffer PutObject works either way), but
    // S3-compatible services have refused the new headers: Cloudflare R2 answered 501 to every
    // upload for a while, Backblaze B2 and OVH too (aws-sdk-js-v3 #6810). Only where an API
    // requires it, then; uploads still carry Content-Length and a SigV4 signature over the request.
    requestChecksumCalculation: "WHEN_REQUIRED",
    responseChecksumValidation: "WHEN_REQUIRED",
    // An unreachable endpoint should fail a request in seconds, not hang an image response.
    requestHandler: { connectionTimeout: 5_000, requestTimeout: 60_000 },
  });
}
