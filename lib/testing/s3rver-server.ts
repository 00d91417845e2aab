// s3rver in this process: what s3rver-main.ts runs. Tests use startS3rver() (s3rver.ts), which
// runs it in a child process instead.
import fs from "node:fs";
import S3rver from "s3rver";

export interface S3rverServerOptions {
  bucket: string;
  port: number;
  directory: string;
  createBucket: boolean;
}

export async function runS3rver(options: S3rverServerOptions): Promise<{ port: number; close(): Promise<void> }> {
  fs.mkdirSync(options.directory, { recursive: true });
  const server = new S3rver({
    address: "127.0.0.1",
    port: options.port,
    directory: options.directory,
    silent: true,
    configureBuckets: options.createBucket ? [{ name: options.bucket }] : [],
  });
  const { port } = await server.run();
  return { port, close: () => server.close() };
}
