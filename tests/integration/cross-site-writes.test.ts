import "./support/test-env";
import fs from "node:fs";
import path from "node:path";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { signInAs } from "./support/signed-in-as";

import { db } from "@/lib/db";
import { POST as uploadRoute } from "@/app/api/uploads/route";
import { POST as varyRegionRoute } from "@/app/api/jobs/[id]/vary-region/route";
import { storedKeys } from "@/lib/testing/stored-keys";
import { startHarness, waitForJob, type Harness } from "./support/harness";
import { act, imagine } from "./support/queue";

let h: Harness;
let upscaleId: string;
let mask: Buffer;
let png: Buffer;

const STUDIO = "http://studio.test:3000";
const CROSS_SITE = { origin: "https://evil.example", "sec-fetch-site": "cross-site" };
const SAME_ORIGIN = { origin: STUDIO, "sec-fetch-site": "same-origin" };

function post(url: string, body: FormData, headers: Record<string, string>) {
  return new Request(`${STUDIO}${url}`, { method: "POST", body, headers: { host: "studio.test:3000", ...headers } });
}

function uploadForm(): FormData {
  const form = new FormData();
  form.set("file", new Blob([new Uint8Array(png)], { type: "image/png" }), "a.png");
  return form;
}

function maskForm(): FormData {
  const form = new FormData();
  form.set("mask", new Blob([new Uint8Array(mask)], { type: "image/png" }), "mask.png");
  form.set("prompt", "a red door");
  return form;
}

function uploadsOf(userId: string): Promise<string[]> {
  return storedKeys(`uploads/${userId}/`);
}

beforeAll(async () => {
  h = await startHarness({ webhooks: false });
  const grid = await imagine(h.engine, h.alice, "a harbour at night");
  await waitForJob(grid, (j) => j.status === "SUCCEEDED");
  upscaleId = await act(h.engine, h.alice, grid, "upscale:1");
  await waitForJob(upscaleId, (j) => j.status === "SUCCEEDED");
  const image = await db.image.findFirstOrThrow({ where: { jobId: upscaleId } });
  const data = Buffer.alloc(image.width * image.height);
  data.fill(255, 0, image.width * 4);
  mask = await sharp(data, { raw: { width: image.width, height: image.height, channels: 1 } })
    .png()
    .toBuffer();
  png = await sharp({ create: { width: 8, height: 8, channels: 3, background: "#3a6" } })
    .png()
    .toBuffer();
  signInAs(h.alice);
}, 60_000);
afterAll(async () => h?.stop());

describe("[H11.12] cookie-authenticated writes refuse other sites", () => {
  it("POST /api/uploads from another site is refused and stores nothing", async () => {
    const before = (await uploadsOf(h.alice.id)).length;
    const response = await uploadRoute(post("/api/uploads", uploadForm(), CROSS_SITE));
    expect(response.status).toBe(403);
    expect((await response.json()).error).toMatch(/another site/);
    expect(await uploadsOf(h.alice.id)).toHaveLength(before);
  });

  it("POST /api/jobs/[id]/vary-region from another site is refused and queues nothing", async () => {
    const response = await varyRegionRoute(post(`/api/jobs/${upscaleId}/vary-region`, maskForm(), CROSS_SITE), { params: Promise.resolve({ id: upscaleId }) });
    expect(response.status).toBe(403);
    expect(await db.job.count({ where: { parentId: upscaleId } })).toBe(0);
  });

  it("an Origin naming another host is refused even without Sec-Fetch-Site (older browsers)", async () => {
    const response = await uploadRoute(post("/api/uploads", uploadForm(), { origin: "https://evil.example" }));
    expect(response.status).toBe(403);
    const opaque = await uploadRoute(post("/api/uploads", uploadForm(), { origin: "null" }));
    expect(opaque.status).toBe(403);
  });

  it("a same-site sibling is another origin too", async () => {
    const response = await uploadRoute(post("/api/uploads", uploadForm(), { origin: "http://other.studio.test:3000", "sec-fetch-site": "same-site" }));
    expect(response.status).toBe(403);
  });

  it("the studio's own pages still upload and submit", async () => {
    const upload = await uploadRoute(post("/api/uploads", uploadForm(), SAME_ORIGIN));
    expect(upload.status).toBe(201);
    const region = await varyRegionRoute(post(`/api/jobs/${upscaleId}/vary-region`, maskForm(), SAME_ORIGIN), { params: Promise.resolve({ id: upscaleId }) });
    expect(region.status).toBe(201);
  });
});

describe("[H11.12] every cookie-authenticated write route checks where it came from", () => {
  // Routes that take no session cookie: vendor callbacks (a secret token in the URL) and
  // next-auth (its own CSRF token). Everything else that writes goes through authedRoute, whose
  // writes call assertSameOrigin before anything else (the requests above prove it end to end).
  const NOT_COOKIE_AUTHENTICATED = new Set(["app/api/webhooks/[token]/route.ts", "app/api/auth/[...nextauth]/route.ts"]);

  function routeFiles(dir: string): string[] {
    return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) return routeFiles(full);
      return entry.name === "route.ts" ? [full] : [];
    });
  }

  it("POST, PUT, PATCH and DELETE handlers under app/api are authedRoute handlers, which check the origin first", () => {
    const writers = routeFiles("app/api")
      .map((file) => ({ file, source: fs.readFileSync(file, "utf8") }))
      .filter(({ source }) => /export (async function|const) (POST|PUT|PATCH|DELETE)\b|export \{[^}]*\bas (POST|PUT|PATCH|DELETE)\b/.test(source))
      .filter(({ file }) => !NOT_COOKIE_AUTHENTICATED.has(path.relative(".", file)));
    expect(writers.map((w) => w.file)).toEqual(expect.arrayContaining(["app/api/uploads/route.ts", "app/api/jobs/[id]/vary-region/route.ts"]));
    for (const { file, source } of writers) expect(source, file).toMatch(/export const (POST|PUT|PATCH|DELETE) = authedRoute\(/);
    expect(fs.readFileSync("lib/http/authed-route.ts", "utf8")).toMatch(/if \(WRITES\.has\(request\.method\)\) assertSameOrigin\(request\);/);
  });
});
