// With TEST_STORAGE=s3 (see s3-test-storage.ts): this test file's own prefix in the shared bucket,
// so files that count what is stored do not see each other's objects.
import { randomUUID } from "node:crypto";

if (process.env.TEST_STORAGE === "s3" && process.env.STORAGE_URL?.startsWith("s3://")) {
  const bucket = new URL(process.env.STORAGE_URL).host;
  process.env.STORAGE_URL = `s3://${bucket}/t-${randomUUID().slice(0, 8)}`;
}
