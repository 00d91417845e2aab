// The image route with the images in a bucket (a real S3 API, s3rver): the same cases as on local
// files, and the bytes come through the studio, never as a redirect to the bucket.
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { removeTestDatabase } from "@/lib/data/images/test-fixtures";
import { AppError } from "@/lib/errors";
import { getImageStorage } from "@/lib/storage/get-image-storage";
import { S3Storage } from "@/lib/storage/s3-storage";
import { restoreS3rverEnv, startS3rver, type RunningS3rver } from "@/lib/testing/s3rver";
import { describeImageRoute, type Viewer } from "@/tests/support/image-route-cases";
import { GET } from "./route";

vi.hoisted(() => {
  process.env.DATA_DIR = `${process.env.TMPDIR ?? "/tmp"}/atelier-image-route-s3-test-${process.pid}-${Date.now()}`;
  delete process.env.DATABASE_URL;
});

const session = vi.hoisted(() => ({ user: null as Viewer | null }));
vi.mock("@/lib/auth/session", () => ({
  requireUser: async () => {
    if (!session.user) throw new AppError("UNAUTHORIZED");
    return session.user;
  },
}));

let server: RunningS3rver;
const saved = { ...process.env };

// Registered before the cases' own beforeAll, so the storage is the bucket by the time they put.
beforeAll(async () => {
  server = await startS3rver({ bucket: "atelier-route", prefix: "studio" });
  Object.assign(process.env, server.env);
});
afterAll(async () => {
  restoreS3rverEnv(server?.env ?? {}, saved);
  await server?.close();
  await removeTestDatabase();
});

describeImageRoute("S3", session);

describe("GET /api/images/[imageId]/[variant] on S3", () => {
  it("streams the bytes from the bucket through the studio, with no bucket URL in sight", async () => {
    expect(getImageStorage()).toBeInstanceOf(S3Storage);
    const image = await db.image.findFirstOrThrow({ where: { kind: "TILE", index: 3 } });
    const job = await db.job.findUniqueOrThrow({ where: { id: image.jobId } });
    session.user = { id: job.userId, teams: [{ id: job.teamId, name: "a", role: "MEMBER" }] };
    const response = await GET(new Request(`http://localhost/api/images/${image.id}/full`), {
      params: Promise.resolve({ imageId: image.id, variant: "full" }),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("location")).toBeNull();
    const body = Buffer.from(await response.arrayBuffer());
    expect(body.equals((await getImageStorage().read(image.storageKey))!)).toBe(true);
    expect([...response.headers.values()].join(" ")).not.toContain(server.endpoint);
    // Nothing on the local disk: the bytes came from the bucket.
    expect(fs.existsSync(path.join(process.env.DATA_DIR!, "images"))).toBe(false);
  });
});
