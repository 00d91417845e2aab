// TEST_STORAGE=s3: every test runs on a bucket instead of local files. Wire into vitest.config.ts:
//   globalSetup: ["lib/testing/s3-test-storage.ts"], setupFiles: ["lib/testing/s3-test-prefix.ts"]
// The global setup starts one s3rver for the run and hands its variables to the workers through
// the environment (they are started after it); s3-test-prefix.ts gives each test file its own
// prefix in the bucket, as each already has its own DATA_DIR.
import { startS3rver, type RunningS3rver } from "./s3rver";

let server: RunningS3rver | undefined;

export default async function setup(): Promise<() => Promise<void>> {
  if (process.env.TEST_STORAGE !== "s3") return async () => undefined;
  server = await startS3rver({ bucket: "atelier-test" });
  Object.assign(process.env, server.env);
  return async () => {
    await server?.close();
  };
}
