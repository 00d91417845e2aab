// The image route's cases, run on local files (app/api/images/[imageId]/[variant]/route.test.ts)
// and on a bucket (route-s3.test.ts beside it): the same access rules and headers whichever store
// holds the bytes.
import { createHash } from "node:crypto";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { createTestJob, createTestTeam, createTestUser, migrateTestDatabase } from "@/lib/data/images/test-fixtures";
import { getImageStorage } from "@/lib/storage/get-image-storage";
import { GET } from "@/app/api/images/[imageId]/[variant]/route";

export type Viewer = { id: string; teams: { id: string; name: string; role: string }[] };

/** `session` is the test file's mocked session (vi.mock must stay in the test file). */
export function describeImageRoute(label: string, session: { user: Viewer | null }): void {
  const bytes = Buffer.from("\x89PNG\r\n\x1a\n not really decoded by the route", "latin1");
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  let owner: Viewer;
  let outsider: Viewer;
  let imageId: string;
  let jobId: string;

  beforeAll(async () => {
    migrateTestDatabase();
    const team = await createTestTeam();
    const other = await createTestTeam();
    owner = { id: (await createTestUser(team.id)).id, teams: [{ id: team.id, name: "a", role: "MEMBER" }] };
    outsider = { id: (await createTestUser(other.id)).id, teams: [{ id: other.id, name: "b", role: "MEMBER" }] };
    jobId = (await createTestJob({ teamId: team.id, userId: owner.id, visibility: "PRIVATE" })).id;
    const storageKey = `jobs/${jobId}/tile-3-${sha256.slice(0, 16)}.png`;
    const thumbKey = `thumbs/${jobId}/tile-3-0123456789abcdef.webp`;
    await getImageStorage().put(storageKey, bytes, "image/png");
    await getImageStorage().put(thumbKey, Buffer.from("RIFF....WEBP"), "image/webp");
    imageId = (await db.image.create({ data: { jobId, kind: "TILE", index: 3, storageKey, thumbKey, width: 1, height: 1, bytes: bytes.length, sha256 } })).id;
  });

  function get(id: string, variant: string, init?: { query?: string; headers?: Record<string, string> }) {
    const request = new Request(`http://localhost/api/images/${id}/${variant}${init?.query ?? ""}`, { headers: init?.headers });
    return GET(request, { params: Promise.resolve({ imageId: id, variant }) });
  }

  describe(`GET /api/images/[imageId]/[variant] (${label})`, () => {
    it("answers 401 when signed out", async () => {
      session.user = null;
      const response = await get(imageId, "full");
      expect(response.status).toBe(401);
      expect(await response.json()).toEqual({ error: "Please sign in." });
    });

    it("streams the image with its caching and safety headers", async () => {
      session.user = owner;
      const response = await get(imageId, "full");
      expect(response.status).toBe(200);
      expect(Object.fromEntries(response.headers)).toMatchObject({
        "content-type": "image/png",
        "content-length": String(bytes.length),
        etag: `"${sha256}"`,
        "cache-control": "private, no-cache",
        "x-content-type-options": "nosniff",
      });
      expect(response.headers.get("content-disposition")).toBeNull();
      expect(Buffer.from(await response.arrayBuffer()).equals(bytes)).toBe(true);
    });

    it("[H11.14] is never cached as immutable: every use revalidates, so access ends when it is revoked", async () => {
      session.user = owner;
      const fresh = await get(imageId, "full");
      expect(fresh.headers.get("cache-control")).toBe("private, no-cache");
      await fresh.body?.cancel();
      const revalidated = await get(imageId, "thumb", { headers: { "If-None-Match": (await get(imageId, "thumb")).headers.get("etag")! } });
      expect(revalidated.status).toBe(304);
      expect(revalidated.headers.get("cache-control")).toBe("private, no-cache");
      // Someone who lost access gets no 304 for the copy in their cache, but the same 404 as anyone.
      session.user = outsider;
      const revoked = await get(imageId, "full", { headers: { "If-None-Match": `"${sha256}"` } });
      expect(revoked.status).toBe(404);
      expect(revoked.headers.get("cache-control")).toBe("no-store");
    });

    it("answers 304 to a matching If-None-Match", async () => {
      session.user = owner;
      const response = await get(imageId, "full", { headers: { "If-None-Match": `"${sha256}"` } });
      expect(response.status).toBe(304);
      expect(response.body).toBeNull();
      expect(response.headers.get("etag")).toBe(`"${sha256}"`);
    });

    it("serves the WebP thumbnail under its own ETag", async () => {
      session.user = owner;
      const response = await get(imageId, "thumb");
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toBe("image/webp");
      expect(response.headers.get("etag")).not.toBe(`"${sha256}"`);
      expect(await response.text()).toBe("RIFF....WEBP");
    });

    it("names a download", async () => {
      session.user = owner;
      const response = await get(imageId, "full", { query: "?download=1" });
      expect(response.headers.get("content-disposition")).toBe(`attachment; filename="atelier-${jobId}-tile3.png"`);
      await response.body?.cancel();
    });

    it("answers 404 for an image whose stored object is gone", async () => {
      session.user = owner;
      const storageKey = `jobs/${jobId}/tile-4-${"0".repeat(16)}.png`;
      const lost = await db.image.create({ data: { jobId, kind: "TILE", index: 4, storageKey, width: 1, height: 1, bytes: 1, sha256: "0".repeat(64) } });
      const errors = vi.spyOn(console, "error").mockImplementation(() => undefined);
      try {
        const response = await get(lost.id, "full");
        expect(response.status).toBe(404);
        expect(errors).toHaveBeenCalledWith(expect.stringContaining(`its file ${storageKey} is missing`));
      } finally {
        errors.mockRestore();
      }
    });

    it("answers 404 alike for someone else's image, a missing id and a bad variant", async () => {
      session.user = outsider;
      const forbidden = await get(imageId, "full");
      session.user = owner;
      const missing = await get("nope", "full");
      const badVariant = await get(imageId, "original");
      for (const response of [forbidden, missing, badVariant]) {
        expect(response.status).toBe(404);
        expect(await response.json()).toEqual({ error: "Not found." });
      }
    });
  });
}
