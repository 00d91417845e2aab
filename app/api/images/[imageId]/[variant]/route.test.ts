import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { createTestJob, createTestTeam, createTestUser, migrateTestDatabase, removeTestDatabase } from "@/lib/data/images/test-fixtures";
import { AppError } from "@/lib/errors";
import { getImageStorage } from "@/lib/storage/get-image-storage";
import { GET } from "./route";

vi.hoisted(() => {
  process.env.DATA_DIR = `${process.env.TMPDIR ?? "/tmp"}/atelier-image-route-test-${process.pid}-${Date.now()}`;
  delete process.env.DATABASE_URL;
});

type Viewer = { id: string; teams: { id: string; name: string; role: string }[] };
const session = vi.hoisted(() => ({ user: null as Viewer | null }));
vi.mock("@/lib/auth/session", () => ({
  requireUser: async () => {
    if (!session.user) throw new AppError("UNAUTHORIZED");
    return session.user;
  },
}));

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
afterAll(removeTestDatabase);

function get(id: string, variant: string, init?: { query?: string; headers?: Record<string, string> }) {
  const request = new Request(`http://localhost/api/images/${id}/${variant}${init?.query ?? ""}`, { headers: init?.headers });
  return GET(request, { params: Promise.resolve({ imageId: id, variant }) });
}

describe("GET /api/images/[imageId]/[variant]", () => {
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
