// The midjourney-proxy mounts over real HTTP: Bearer auth, DataEyes' User-Agent rule and
// relative image URLs, issued-only customIds, and the imagine → U1 → Vary (Region) modal chain.
import http from "node:http";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  CONTROL_HEADERS,
  TEST_KEY,
  download,
  maskPng,
  mjSettled,
  pngSize,
  solidPng,
  startTestSimulator,
  type MjJson,
  type TestSimulator,
} from "../testing/sim-test-kit";

let sim: TestSimulator;

beforeAll(async () => {
  sim = await startTestSimulator();
});
afterAll(async () => {
  await sim.close();
});

function button(task: MjJson, label: string): string {
  const found = (task.buttons as { label: string; emoji: string; customId: string }[]).find((b) => b.label === label || b.emoji === label);
  if (!found) throw new Error(`no button ${label}`);
  return found.customId;
}

async function imagine(prompt: string, profile: "mjproxy" | "dataeyes" = "mjproxy"): Promise<MjJson> {
  const submitted = await sim.mj("/mj/submit/imagine", { body: { prompt, botType: "MID_JOURNEY", accountFilter: { modes: ["FAST"] } }, profile });
  expect(submitted.json.code).toBe(1);
  return mjSettled(sim, submitted.json.result, profile);
}

describe("midjourney-proxy auth and validation", () => {
  it("answers HTTP 401 for a wrong or missing Bearer key", async () => {
    expect((await sim.mj("/mj/submit/imagine", { body: { prompt: "a cat" }, key: "wrong" })).status).toBe(401);
    expect((await sim.mj("/mj/task/1/fetch", { key: null })).status).toBe(401);
    expect((await sim.mj("/mj/task/1/fetch", { key: "wrong", profile: "dataeyes" })).status).toBe(401);
  });

  it("lets DataEyes' Cloudflare refuse requests without a User-Agent", async () => {
    const url = new URL(`${sim.server.url}/dataeyes/mj/task/1/fetch`);
    const answer = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = http.request(url, { method: "GET", headers: { authorization: `Bearer ${TEST_KEY}` } }, (res) => {
        let body = "";
        res.on("data", (chunk: Buffer) => (body += chunk.toString()));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
      });
      req.on("error", reject);
      req.end();
    });
    expect(answer).toEqual({ status: 403, body: "error code: 1010" });
  });

  it("answers code 24 for a banned prompt, 404 for unknown tasks and 400 for bad bodies", async () => {
    const banned = await sim.mj("/mj/submit/imagine", { body: { prompt: "nsfw cat", state: "b1" } });
    expect(banned.status).toBe(200);
    expect(banned.json).toMatchObject({ code: 24, result: null, properties: { bannedWord: "nsfw" } });
    const noAccount = await sim.mj("/mj/submit/imagine", { body: { prompt: "a cat", accountFilter: { instanceId: "someone-else", modes: [] } } });
    expect(noAccount.json).toMatchObject({ code: 25, result: null });
    const unknown = await sim.mj("/mj/task/9999/fetch");
    expect(unknown.status).toBe(404);
    expect(unknown.json).toMatchObject({ code: 3, result: null });
    expect((await sim.mj("/mj/submit/imagine", { body: { prompt: "" } })).status).toBe(400);
    const png = `data:image/png;base64,${(await solidPng(64, 64, "#ff0000")).toString("base64")}`;
    expect((await sim.mj("/mj/submit/blend", { body: { base64Array: [png] } })).status).toBe(400);
    expect((await sim.mj("/mj/submit/blend", { body: { base64Array: [png, png, png, png, png, png] } })).status).toBe(400);
  });
});

describe("midjourney-proxy tasks", () => {
  it("only accepts customIds issued for that very task", async () => {
    const first = await imagine("a tree --ar 1:1");
    const second = await imagine("a river");
    expect(first.status).toBe("SUCCESS");
    const u1 = button(first, "U1");
    expect(u1).toMatch(/^MJ::JOB::upsample::1::[0-9a-f-]{36}$/);
    expect(button(first, "🔄")).toMatch(/^MJ::JOB::reroll::0::[0-9a-f-]{36}::SOLO$/);
    const forged = await sim.mj("/mj/submit/action", { body: { taskId: first.id, customId: "MJ::JOB::upsample::1::00000000-0000-4000-8000-000000000000" } });
    expect(forged.status).toBe(400);
    expect(forged.json.code).toBe(4);
    const borrowed = await sim.mj("/mj/submit/action", { body: { taskId: second.id, customId: u1 } });
    expect(borrowed.status).toBe(400);
  });

  it("runs imagine → U1 → Vary (Region) through MODAL and /mj/submit/modal", async () => {
    const grid = await imagine("a castle --ar 3:2");
    expect(grid).toMatchObject({ action: "IMAGINE", status: "SUCCESS", progress: "100%" });
    expect(await pngSize((await download(grid.imageUrl)).bytes)).toMatchObject({ width: 1024, height: 682 });
    expect(grid.properties.finalPrompt).toBe("a castle --ar 3:2 --fast");

    const action = await sim.mj("/mj/submit/action", { body: { taskId: grid.id, customId: button(grid, "U1"), state: "u1-state", notifyHook: "" } });
    expect(action.json.code).toBe(1);
    const upscaled = await mjSettled(sim, action.json.result);
    expect(upscaled).toMatchObject({ action: "UPSCALE", status: "SUCCESS", state: "u1-state" });
    expect(await pngSize((await download(upscaled.imageUrl)).bytes)).toMatchObject({ width: 512, height: 341 });
    expect(button(upscaled, "Vary (Region)")).toMatch(/^MJ::Inpaint::1::[0-9a-f-]{36}::SOLO$/);
    expect(button(upscaled, "Zoom Out 2x")).toMatch(/^MJ::Outpaint::50::1::[0-9a-f-]{36}::SOLO$/);
    expect(button(upscaled, "⬅️")).toMatch(/^MJ::JOB::pan_left::1::[0-9a-f-]{36}::SOLO$/);
    expect(button(upscaled, "Custom Zoom")).toMatch(/^MJ::CustomZoom::[0-9a-f-]{36}$/);
    expect(button(upscaled, "Make Square")).toMatch(/^MJ::Outpaint::100::1::/);

    const again = await sim.mj("/mj/submit/action", { body: { taskId: grid.id, customId: button(grid, "U1") } });
    expect(again.json).toMatchObject({ code: 21, result: upscaled.id });

    const vary = await sim.mj("/mj/submit/action", { body: { taskId: upscaled.id, customId: button(upscaled, "Vary (Region)") } });
    expect(vary.json.code).toBe(21);
    const modalTask = await mjSettled(sim, vary.json.result);
    expect(modalTask.status).toBe("MODAL");
    expect((await sim.mj("/mj/submit/modal", { body: { taskId: modalTask.id, prompt: "a flag" } })).status).toBe(400);
    const wrongSize = await sim.mj("/mj/submit/modal", {
      body: { taskId: modalTask.id, maskBase64: (await maskPng(512, 512, { left: 0, top: 0, width: 5, height: 5 })).toString("base64") },
    });
    expect(wrongSize.json.description).toMatch(/size/);
    const mask = await maskPng(512, 341, { left: 10, top: 10, width: 100, height: 80 });
    const modal = await sim.mj("/mj/submit/modal", {
      body: { taskId: modalTask.id, prompt: "a flag on the tower", maskBase64: `data:image/png;base64,${mask.toString("base64")}` },
    });
    expect(modal.json).toMatchObject({ code: 1, result: modalTask.id });
    const painted = await mjSettled(sim, modalTask.id);
    expect(painted).toMatchObject({ status: "SUCCESS", prompt: "a flag on the tower" });
    expect(await pngSize((await download(painted.imageUrl)).bytes)).toMatchObject({ width: 512, height: 341 });
    const received = Buffer.from(await (await fetch(`${sim.server.url}/_control/tasks/${modalTask.id}/mask`, { headers: CONTROL_HEADERS })).arrayBuffer());
    expect(received.equals(mask)).toBe(true);
    expect((await sim.mj("/mj/submit/modal", { body: { taskId: modalTask.id, maskBase64: mask.toString("base64") } })).status).toBe(400);

    const zoom = await sim.mj("/mj/submit/action", { body: { taskId: upscaled.id, customId: button(upscaled, "Custom Zoom") } });
    expect((await sim.mj("/mj/submit/modal", { body: { taskId: zoom.json.result, prompt: "a castle" } })).status).toBe(400);
    expect((await sim.mj("/mj/submit/modal", { body: { taskId: zoom.json.result, prompt: "a castle --zoom 1.5" } })).json.code).toBe(1);
    const zoomed = await mjSettled(sim, zoom.json.result);
    expect(zoomed).toMatchObject({ action: "ZOOM", status: "SUCCESS" });
    expect(await pngSize((await download(zoomed.imageUrl)).bytes)).toMatchObject({ width: 1536, height: 1024 });

    const seed = await sim.mj(`/mj/task/${grid.id}/image-seed`);
    expect(seed.json).toMatchObject({ code: 1 });
    expect(seed.json.result).toMatch(/^\d+$/);
    const listed = await sim.mj("/mj/task/list-by-condition", { body: { ids: [grid.id, "missing", upscaled.id] } });
    expect(listed.json.map((t: MjJson) => t.id)).toEqual([grid.id, upscaled.id]);
  });

  it("serves DataEyes pictures through the relative /mj/image/{id} and only U/V/reroll buttons", async () => {
    const grid = await imagine("a harbour", "dataeyes");
    expect(grid.imageUrl).toBe(`/mj/image/${grid.id}`);
    const response = await fetch(`${sim.server.url}/dataeyes${grid.imageUrl}`, { headers: { authorization: `Bearer ${TEST_KEY}`, "user-agent": "t" } });
    expect(response.headers.get("content-type")).toBe("image/png");
    const meta = await sharp(Buffer.from(await response.arrayBuffer())).metadata();
    expect([meta.width, meta.height]).toEqual([1024, 1024]);
    const up = await sim.mj("/mj/submit/action", { body: { taskId: grid.id, customId: button(grid, "U3") }, profile: "dataeyes" });
    const upscaled = await mjSettled(sim, up.json.result, "dataeyes");
    expect(upscaled.status).toBe("SUCCESS");
    expect(upscaled.buttons).toEqual([]);
    expect((await sim.mj("/mj/submit/blend", { body: { base64Array: [] }, profile: "dataeyes" })).status).toBe(404);
    expect((await sim.mj(`/mj/task/${grid.id}/fetch`)).status).toBe(404);
  });

  it("describes, shortens, blends and uploads", async () => {
    const red = `data:image/png;base64,${(await solidPng(300, 200, "#ff0000")).toString("base64")}`;
    const blue = `data:image/png;base64,${(await solidPng(200, 300, "#0000ff")).toString("base64")}`;
    const described = await mjSettled(sim, (await sim.mj("/mj/submit/describe", { body: { base64: red } })).json.result);
    expect(described).toMatchObject({ action: "DESCRIBE", status: "SUCCESS" });
    expect(described.prompt.match(/[1-4]\uFE0F\u20E3/gu)).toHaveLength(4);
    expect(described.prompt).toContain("--ar 3:2");
    const shortened = await mjSettled(
      sim,
      (await sim.mj("/mj/submit/shorten", { body: { prompt: "a very beautiful castle on a hill with dramatic clouds --ar 16:9" } })).json.result,
    );
    expect(shortened.properties.finalPrompt.match(/[1-5]\uFE0F\u20E3/gu)).toHaveLength(5);
    const blend = await mjSettled(sim, (await sim.mj("/mj/submit/blend", { body: { base64Array: [red, blue], dimensions: "PORTRAIT" } })).json.result);
    expect(await pngSize((await download(blend.imageUrl)).bytes)).toMatchObject({ width: 682, height: 1024 });
    const upload = await sim.mj("/mj/submit/upload-discord-images", { body: { base64Array: [red] } });
    expect(upload.json.code).toBe(1);
    expect((await download(upload.json.result[0])).type).toBe("image/png");
  });
});
