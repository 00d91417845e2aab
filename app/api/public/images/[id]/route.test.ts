// A vendor's signed link to a gallery image: the bytes for a valid link, 403 and no image for a
// bad or expired one, 404 for an image that is gone (its job trashed) or is not an image.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { createTestJob, createTestTeam, createTestUser, removeTestDatabase } from "@/lib/data/images/test-fixtures";
import { getImageStorage } from "@/lib/storage/get-image-storage";
import { signedImageUrl } from "@/lib/uploads/signed-image-url";
import { signedUploadUrl } from "@/lib/uploads/signed-upload-url";
import { GET } from "./route";

await vi.hoisted(async () => {
  await import("@/tests/integration/support/test-env");
});

const bytes = Buffer.from("\x89PNG\r\n\x1a\n a private picture", "latin1");
let imageId: string;
let jobId: string;
let clipId: string;

async function addImage(job: string, index: number, key: string, mime: string): Promise<string> {
  await getImageStorage().put(key, bytes, mime);
  const data = { jobId: job, kind: "UPSCALE", index, storageKey: key, width: 1, height: 1, bytes: bytes.length, sha256: "0".repeat(64), mime };
  return (await db.image.create({ data })).id;
}

beforeAll(async () => {
  const team = await createTestTeam();
  const user = await createTestUser(team.id);
  jobId = (await createTestJob({ teamId: team.id, userId: user.id, visibility: "PRIVATE" })).id;
  imageId = await addImage(jobId, 0, `jobs/${jobId}/upscale-0-public-link.png`, "image/png");
  clipId = await addImage(jobId, 1, `jobs/${jobId}/clip-1-public-link.mp4`, "video/mp4");
});
afterAll(removeTestDatabase);

function get(url: string) {
  const id = decodeURIComponent(new URL(url).pathname.split("/").pop()!);
  return GET(new Request(url), { params: Promise.resolve({ id }) });
}

describe("GET /api/public/images/[id]", () => {
  it("serves the image to a holder of the signed link, with no session, even from a private job", async () => {
    const response = await get(signedImageUrl(imageId, "http://127.0.0.1:9/ttapi")!);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("image/png");
    expect(response.headers.get("content-length")).toBe(String(bytes.length));
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(Buffer.from(await response.arrayBuffer()).equals(bytes)).toBe(true);
  });

  it("answers 403 with no image for a changed, missing, borrowed or expired signature", async () => {
    const url = new URL(signedImageUrl(imageId, "http://127.0.0.1:9")!);
    const tampered = new URL(url);
    tampered.searchParams.set("sig", `${url.searchParams.get("sig")!.slice(0, -2)}AA`);
    const unsigned = new URL(url);
    unsigned.searchParams.delete("sig");
    const otherImage = new URL(url);
    otherImage.pathname = `/api/public/images/${clipId}`;
    const expired = signedImageUrl(imageId, "http://127.0.0.1:9", Date.now() - 3 * 60 * 60_000)!;
    const uploadSigned = signedUploadUrl(imageId, "http://127.0.0.1:9")!.replace("/api/public/uploads/", "/api/public/images/");
    for (const bad of [tampered.href, unsigned.href, otherImage.href, expired, uploadSigned]) {
      const response = await get(bad);
      expect(response.status, bad).toBe(403);
      expect(response.headers.get("content-type")).toMatch(/json/);
      expect(Buffer.from(await response.arrayBuffer()).includes(bytes)).toBe(false);
    }
  });

  it("answers 404 for an image that does not exist, a video clip, and an image whose job was trashed", async () => {
    expect((await get(signedImageUrl("no-such-image", "http://127.0.0.1:9")!)).status).toBe(404);
    expect((await get(signedImageUrl(clipId, "http://127.0.0.1:9")!)).status).toBe(404);
    await db.job.update({ where: { id: jobId }, data: { deletedAt: new Date() } });
    expect((await get(signedImageUrl(imageId, "http://127.0.0.1:9")!)).status).toBe(404);
    await db.job.update({ where: { id: jobId }, data: { deletedAt: null } });
  });
});
