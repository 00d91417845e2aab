import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseEnv } from "@/lib/env";
import { startS3rver, type RunningS3rver } from "@/lib/testing/s3rver";
import { checkImageStorage } from "./check-image-storage";
import { createImageStorage } from "./get-image-storage";
import { LocalFileStorage } from "./local-file-storage";
import { S3Storage } from "./s3-storage";
import { storageConfigFrom } from "./storage-config";

describe("STORAGE_URL and the S3 variables", () => {
  it("keeps local files under DATA_DIR/images when STORAGE_URL is unset or file:", () => {
    for (const STORAGE_URL of [undefined, "", "file:"]) {
      expect(storageConfigFrom({ DATA_DIR: "/srv/atelier", STORAGE_URL })).toEqual({ kind: "local", root: "/srv/atelier/images" });
    }
    expect(storageConfigFrom({ STORAGE_URL: "file:/mnt/images" })).toEqual({ kind: "local", root: "/mnt/images" });
    expect(storageConfigFrom({ STORAGE_URL: "/mnt/images" })).toEqual({ kind: "local", root: "/mnt/images" });
    expect(createImageStorage(storageConfigFrom({ DATA_DIR: "/srv/a" }))).toBeInstanceOf(LocalFileStorage);
    expect(storageConfigFrom({})).toEqual({ kind: "local", root: path.resolve(".data", "images") });
  });

  it("selects a bucket for s3://bucket/prefix, with AWS defaults", () => {
    const config = storageConfigFrom({ STORAGE_URL: "s3://atelier-images/studio/eu/", AWS_ACCESS_KEY_ID: "AKIA", AWS_SECRET_ACCESS_KEY: "secret" });
    expect(config).toEqual({
      kind: "s3",
      bucket: "atelier-images",
      prefix: "studio/eu",
      endpoint: undefined,
      region: "us-east-1",
      credentials: { accessKeyId: "AKIA", secretAccessKey: "secret" },
      forcePathStyle: false,
    });
    const minio = storageConfigFrom({ STORAGE_URL: "s3://pics", S3_ENDPOINT: "http://127.0.0.1:9000", AWS_REGION: "eu-west-1", S3_FORCE_PATH_STYLE: "true" });
    expect(minio).toMatchObject({
      bucket: "pics",
      prefix: "",
      endpoint: "http://127.0.0.1:9000",
      region: "eu-west-1",
      forcePathStyle: true,
      credentials: undefined,
    });
    expect(createImageStorage(minio)).toBeInstanceOf(S3Storage);
  });

  it.each([
    ["s3://", /is not a bucket name/],
    ["s3://Bad_Bucket/x", /"Bad_Bucket" is not a bucket name/],
    ["s3://ok-bucket/a//b", /prefix after the bucket/],
    ["s3://ok-bucket/../x", /prefix after the bucket.*"\.\."/],
    ["https://bucket.s3.amazonaws.com", /must be s3:\/\/bucket\/prefix/],
  ])("says what is wrong with STORAGE_URL=%s", (STORAGE_URL, message) => {
    expect(() => parseEnv({ STORAGE_URL })).toThrow(message);
    expect(() => parseEnv({ STORAGE_URL })).toThrow(/STORAGE_URL: /);
    expect(() => storageConfigFrom({ STORAGE_URL })).toThrow(message);
  });

  it("says what is wrong with the other variables, all at once", () => {
    let message = "";
    try {
      parseEnv({ STORAGE_URL: "s3://b-1", S3_ENDPOINT: "minio:9000", AWS_REGION: "EU West", S3_FORCE_PATH_STYLE: "yes" });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/S3_ENDPOINT: must be an http\(s\) URL/);
    expect(message).toMatch(/AWS_REGION: must be a region name/);
    expect(message).toMatch(/S3_FORCE_PATH_STYLE: must be true or false/);
    expect(() => storageConfigFrom({ STORAGE_URL: "s3://b-1", AWS_ACCESS_KEY_ID: "AKIA" })).toThrow(
      /AWS_SECRET_ACCESS_KEY: set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY together/,
    );
  });
});

describe("checkImageStorage", () => {
  let server: RunningS3rver;
  beforeAll(async () => {
    server = await startS3rver({ bucket: "atelier-present" });
  });
  afterAll(() => server?.close());

  it("passes for local files and for a bucket that exists", async () => {
    expect(await checkImageStorage({ DATA_DIR: "/srv/a" })).toEqual({ ok: true, message: "Storage: local files in /srv/a/images" });
    const check = await checkImageStorage(server.env);
    expect(check).toEqual({ ok: true, message: `Storage: bucket "atelier-present" at ${server.endpoint}` });
  });

  it("says the bucket does not exist, where, and how to create it", async () => {
    const check = await checkImageStorage({ ...server.env, STORAGE_URL: "s3://atelier-missing/studio" });
    expect(check.ok).toBe(false);
    expect(check.message).toBe(
      `Storage: bucket "atelier-missing" does not exist at ${server.endpoint} — create it first ` +
        `(e.g. mc mb <alias>/atelier-missing, or aws s3 mb s3://atelier-missing --endpoint-url ${server.endpoint})`,
    );
  });

  it("says access was refused for keys the server does not know", async () => {
    const check = await checkImageStorage({ ...server.env, AWS_ACCESS_KEY_ID: "NOT-A-KEY", AWS_SECRET_ACCESS_KEY: "nope" });
    expect(check.ok).toBe(false);
    expect(check.message).toMatch(/^Storage: access to bucket "atelier-present" at http:\/\/127\.0\.0\.1:\d+ was refused — check AWS_ACCESS_KEY_ID/);
  });

  it("says the endpoint cannot be reached", async () => {
    // A port nothing listens on: the server above, once stopped.
    const gone = await startS3rver({ bucket: "atelier-gone" });
    await gone.close();
    const check = await checkImageStorage(gone.env);
    expect(check.ok).toBe(false);
    expect(check.message).toMatch(new RegExp(`^Storage: cannot reach ${gone.endpoint} for bucket "atelier-gone" \\(.*\\) — check S3_ENDPOINT`));
  });

  it("reports a bad configuration instead of checking", async () => {
    const check = await checkImageStorage({ STORAGE_URL: "s3://x" });
    expect(check).toEqual({ ok: false, message: expect.stringMatching(/STORAGE_URL: "x" is not a bucket name/) });
  });
});
