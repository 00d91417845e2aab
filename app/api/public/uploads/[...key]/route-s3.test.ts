// A vendor's signed link to an upload, served from a bucket (a real S3 API, s3rver): the object is
// streamed through the studio with its length; a bad signature or a missing object is a 404.
import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { getImageStorage } from "@/lib/storage/get-image-storage";
import { S3Storage } from "@/lib/storage/s3-storage";
import { startS3rver, type RunningS3rver } from "@/lib/testing/s3rver";
import { signedUploadUrl } from "@/lib/uploads/signed-upload-url";
import { GET } from "./route";

vi.hoisted(() => {
  process.env.DATA_DIR = `${process.env.TMPDIR ?? "/tmp"}/atelier-public-upload-s3-test-${process.pid}-${Date.now()}`;
  process.env.NEXTAUTH_SECRET = "a-test-secret-that-is-long-enough-0123456789";
});

let server: RunningS3rver;
const saved = { ...process.env };
const bytes = Buffer.alloc(150_000, 5);

beforeAll(async () => {
  server = await startS3rver({ bucket: "atelier-uploads", prefix: "studio" });
  Object.assign(process.env, server.env);
  await getImageStorage().put("uploads/u1/ref-1.png", bytes, "image/png");
});
afterAll(async () => {
  for (const name of Object.keys(server?.env ?? {})) {
    if (saved[name] === undefined) delete process.env[name];
    else process.env[name] = saved[name];
  }
  await server?.close();
  fs.rmSync(process.env.DATA_DIR!, { recursive: true, force: true });
});

function get(url: string) {
  const key = new URL(url).pathname.replace("/api/public/uploads/", "").split("/");
  return GET(new Request(url), { params: Promise.resolve({ key }) });
}

describe("GET /api/public/uploads/[...key] on S3", () => {
  it("streams the upload from the bucket to a holder of the signed link", async () => {
    expect(getImageStorage()).toBeInstanceOf(S3Storage);
    const response = await get(signedUploadUrl("uploads/u1/ref-1.png", "http://127.0.0.1:9")!);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("image/png");
    expect(response.headers.get("content-length")).toBe(String(bytes.length));
    expect(Buffer.from(await response.arrayBuffer()).equals(bytes)).toBe(true);
  });

  it("answers 404 for a wrong signature and for an object that is not in the bucket", async () => {
    const url = signedUploadUrl("uploads/u1/ref-1.png", "http://127.0.0.1:9")!;
    expect((await get(url.replace(/sig=[^&]+/, "sig=forged"))).status).toBe(404);
    expect((await get(signedUploadUrl("uploads/u1/gone.png", "http://127.0.0.1:9")!)).status).toBe(404);
  });
});
