// Runs s3rver until killed, for Playwright's webServer, scripts, and tests that need the store in
// another process (startS3rver() runs this):
//   node --openssl-legacy-provider --import tsx lib/testing/s3rver-main.ts --port 4569 --dir /tmp/s3 --bucket atelier
// --openssl-legacy-provider: s3rver encrypts ListObjectsV2 continuation tokens with DES, which
// OpenSSL 3 only has in its legacy provider; without it every listing of more than one page
// answers 500. --no-bucket starts it without the bucket; --parent-pid P exits when P is gone.
// Prints "s3rver ready <endpoint>" once it accepts requests.
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { runS3rver } from "./s3rver-server";

const { values } = parseArgs({
  options: {
    port: { type: "string", default: "0" },
    dir: { type: "string", default: path.join(os.tmpdir(), `atelier-s3rver-${process.pid}`) },
    bucket: { type: "string", default: "atelier" },
    "no-bucket": { type: "boolean", default: false },
    // Exit when this process is gone (a test worker that crashed), so no s3rver is left behind.
    "parent-pid": { type: "string" },
  },
});

async function main(): Promise<void> {
  const running = await runS3rver({ bucket: values.bucket, port: Number(values.port), directory: values.dir, createBucket: !values["no-bucket"] });
  console.log(`s3rver ready http://127.0.0.1:${running.port}`);
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.on(signal, () => {
      void running.close().finally(() => process.exit(0));
    });
  }
  const parent = Number(values["parent-pid"]);
  if (parent > 0) setInterval(() => !isAlive(parent) && process.exit(0), 1_000).unref();
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

main().catch((error) => {
  console.error(`s3rver: ${(error as Error).message}`);
  process.exit(1);
});
