// S3 storage against a real S3 API (s3rver over HTTP) with the real AWS SDK.
import { CreateBucketCommand, GetObjectCommand, HeadObjectCommand, PutObjectCommand } from "@aws-sdk/client-s3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startS3rver, type RunningS3rver } from "@/lib/testing/s3rver";
import { createS3Client } from "./s3-client";
import { S3Storage } from "./s3-storage";
import { describeStorageContract } from "./storage-contract";
import { storageConfigFrom, type S3Settings } from "./storage-config";

const BUCKET = "atelier-contract";
let server: RunningS3rver;
let settings: S3Settings;
let client: ReturnType<typeof createS3Client>;
let prefixes = 0;

beforeAll(async () => {
  server = await startS3rver({ bucket: BUCKET });
  const config = storageConfigFrom(server.env);
  if (config.kind !== "s3") throw new Error("the s3rver env should select S3");
  settings = config;
  client = createS3Client(settings);
});
afterAll(async () => {
  client?.destroy();
  await server?.close();
});

// A prefix per test: each starts empty, and every case also checks that keys stay under it.
describeStorageContract("S3 storage", () => new S3Storage(client, BUCKET, `studio/t${++prefixes}`));

describe("S3 storage", () => {
  it("keeps keys under its prefix, with the content type given", async () => {
    const storage = new S3Storage(client, BUCKET, "tenant-a/images");
    await storage.put("jobs/j1/a.webp", Buffer.from("webp bytes"), "image/webp");
    const head = await client.send(new HeadObjectCommand({ Bucket: BUCKET, Key: "tenant-a/images/jobs/j1/a.webp" }));
    expect(head.ContentType).toBe("image/webp");
    expect(head.ContentLength).toBe(10);
    // Another prefix in the same bucket is another store.
    expect(await new S3Storage(client, BUCKET, "tenant-b").exists("jobs/j1/a.webp")).toBe(false);
  });

  it("lists across pages", async () => {
    const storage = new S3Storage(client, BUCKET, "paged", 2);
    for (let i = 0; i < 5; i++) await storage.put(`uploads/u1/f${i}.png`, Buffer.from(String(i)), "image/png");
    const keys: string[] = [];
    for await (const entry of storage.list("uploads/")) keys.push(entry.key);
    expect(keys.sort()).toEqual([0, 1, 2, 3, 4].map((i) => `uploads/u1/f${i}.png`));
  });

  it("skips objects others put in the bucket under names outside the key space", async () => {
    await client.send(new PutObjectCommand({ Bucket: BUCKET, Key: "foreign/jobs/.DS_Store", Body: "x" }));
    await client.send(new PutObjectCommand({ Bucket: BUCKET, Key: "foreign/jobs/ok.png", Body: "x" }));
    const keys: string[] = [];
    for await (const entry of new S3Storage(client, BUCKET, "foreign").list("")) keys.push(entry.key);
    expect(keys).toEqual(["jobs/ok.png"]);
  });

  it("throws for a missing bucket instead of calling the image missing", async () => {
    const storage = new S3Storage(client, "no-such-bucket", "");
    await expect(storage.get("jobs/j1/a.png")).rejects.toMatchObject({ name: "NoSuchBucket" });
    await expect(storage.read("jobs/j1/a.png")).rejects.toMatchObject({ name: "NoSuchBucket" });
    await expect(storage.put("jobs/j1/a.png", Buffer.from("x"), "image/png")).rejects.toThrow();
  });

  it("streams a large object without holding it whole first", async () => {
    await client.send(new CreateBucketCommand({ Bucket: "atelier-large" }));
    const storage = new S3Storage(client, "atelier-large", "");
    const bytes = Buffer.alloc(3_000_000, 9);
    await storage.put("jobs/j1/big.png", bytes, "image/png");
    const object = await storage.get("jobs/j1/big.png");
    expect(object?.size).toBe(bytes.length);
    let chunks = 0;
    let total = 0;
    for await (const chunk of object!.body as unknown as AsyncIterable<Uint8Array>) {
      chunks++;
      total += chunk.length;
    }
    expect(total).toBe(bytes.length);
    expect(chunks).toBeGreaterThan(1);
    const raw = await client.send(new GetObjectCommand({ Bucket: "atelier-large", Key: "jobs/j1/big.png" }));
    expect(raw.ContentLength).toBe(bytes.length);
    raw.Body?.transformToWebStream().cancel();
  });
});
