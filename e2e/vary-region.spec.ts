// Vary (Region) end to end: paint in the Konva editor with the mouse (rectangle, brush, wheel
// zoom, Space+drag pan, undo), submit, and prove the vendor received exactly those pixels.
import fs from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import sharp from "sharp";
import { exportMaskPng } from "../components/mask-editor/export/mask-export";
import type { MaskStroke, Point } from "../components/mask-editor/model/mask-stroke";
import { MaskEditorPage } from "./pages/mask-editor-page";
import { SignInPage } from "./pages/sign-in-page";
import { runCli } from "./support/cli";
import { ADMIN } from "./support/env";
import { decodeMask, maskDifferences, receivedMask } from "./support/simulator-masks";
import { upscaleThroughUi, type Upscale } from "./support/upscale-through-ui";

const MJ_CONNECTION = "Sim MJ";

async function signIn(page: Page) {
  const signInPage = new SignInPage(page);
  await signInPage.goto();
  await signInPage.signIn(ADMIN.email, ADMIN.password);
  await expect(page.getByRole("heading", { name: "Create" })).toBeVisible();
}

const token = (label: string) => `${label}${Date.now().toString(36)}`;

/** Paints the standard test mask and returns the strokes the editor keeps plus points to check. */
async function paintTestMask(editor: MaskEditorPage, page: Page, { width: W, height: H }: Upscale) {
  const at = (fx: number, fy: number): Point => ({ x: fx * W, y: fy * H });
  const strokes: MaskStroke[] = [];
  const keep = (s: MaskStroke | null) => {
    expect(s).not.toBeNull();
    strokes.push(s!);
  };
  keep(await editor.rectangle(at(0.08, 0.1), at(0.3, 0.45)));
  keep(await editor.brush([at(0.45, 0.2), at(0.7, 0.25), at(0.7, 0.4)]));

  // Zoom in around a point, pan with Space+drag, then paint near it: it must land where painted.
  const anchor = at(0.75, 0.7);
  for (let k = 0; k < 3; k++) await editor.wheelZoom(anchor, -120);
  await editor.spacePan(anchor, -60, -40);
  const near = (dx: number, dy: number): Point => ({ x: anchor.x + dx, y: anchor.y + dy });
  keep(await editor.brush([near(-30, -8), near(30, 8)]));
  const painted = await editor.paintedPixels();
  const undone = await editor.brush([near(-30, 45), near(30, 50)]);
  expect(undone).not.toBeNull();
  await expect.poll(() => editor.paintedPixels()).toBeGreaterThan(painted);
  await page.keyboard.press("Control+z");
  await expect.poll(() => editor.paintedPixels()).toBe(painted);

  return {
    strokes,
    white: [at(0.19, 0.275), at(0.575, 0.225), at(0.7, 0.33), anchor],
    black: [at(0.95, 0.05), at(0.05, 0.9), at(0.19, 0.6), near(0, 48)],
  };
}

async function varyRegionFlow(page: Page, vendor: { connection?: string; profile: "ttapi" | "mjproxy" }) {
  await signIn(page);
  const id = token("vr");
  const upscale = await upscaleThroughUi(page, `a harbour at dawn ${id} --ar 16:9`, id, vendor.connection);
  expect(upscale.width / upscale.height).toBeCloseTo(16 / 9, 1);

  await page.getByRole("link", { name: "Vary (Region)" }).click();
  await expect(page).toHaveURL(new RegExp(`/jobs/${upscale.upscaleId}/vary-region$`));
  const editor = new MaskEditorPage(page);
  await expect(editor.stage.locator("canvas").first()).toBeVisible();
  await expect(page.getByLabel("Prompt")).toHaveValue(new RegExp(id));
  await expect(editor.button("Submit")).toBeDisabled();

  const painted = await paintTestMask(editor, page, upscale);
  await expect(editor.button("Submit")).toBeEnabled();
  await editor.button("Submit").click();
  await page.waitForURL((url) => /^\/jobs\/[^/]+$/.test(url.pathname) && !url.pathname.endsWith(upscale.upscaleId));

  const got = await decodeMask(await receivedMask(page.request, id, vendor.profile));
  expect([got.width, got.height]).toEqual([upscale.width, upscale.height]);
  expect(got.values.every((v) => v === 0 || v === 255)).toBe(true);
  for (const p of painted.white) expect(got.at(Math.floor(p.x), Math.floor(p.y)), `white at (${p.x}, ${p.y})`).toBe(255);
  for (const p of painted.black) expect(got.at(Math.floor(p.x), Math.floor(p.y)), `black at (${p.x}, ${p.y})`).toBe(0);
  const want = await decodeMask(exportMaskPng({ width: upscale.width, height: upscale.height, strokes: painted.strokes }).png);
  expect(maskDifferences(got, want)).toEqual({ count: 0, first: [] });

  // The repainted images come back (Midjourney answers Vary (Region) with a new grid) and show on the child job's page.
  const result = page.getByRole("img", { name: new RegExp(id) }).first();
  await expect(result).toBeVisible({ timeout: 60_000 });
  await expect.poll(() => result.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);
}

test.describe("[VARY-REGION]", () => {
  test.describe.configure({ timeout: 360_000 });

  test("a mask painted with rectangle, brush, zoom, pan and undo reaches the TTAPI vendor pixel for pixel", async ({ page }) => {
    await varyRegionFlow(page, { profile: "ttapi" });
  });

  test("the same mask goes through a midjourney-proxy connection's two-step modal", async ({ page }) => {
    const secrets = JSON.parse(fs.readFileSync(path.join(process.env.E2E_DATA_DIR!, "secrets.json"), "utf8")) as { SIMULATOR_API_KEY: string };
    const base = `${test.info().project.use.baseURL}/sim/mjproxy`;
    const listed = runCli("vendor", ["list"]);
    if (!listed.includes(MJ_CONNECTION)) {
      runCli("vendor", [
        "add",
        "--name",
        MJ_CONNECTION,
        "--protocol",
        "mjproxy",
        "--profile",
        "newapi",
        "--base-url",
        base,
        "--key",
        secrets.SIMULATOR_API_KEY,
      ]);
    }
    await varyRegionFlow(page, { connection: MJ_CONNECTION, profile: "mjproxy" });
  });

  test("an empty mask cannot be submitted, and a bad mask is refused in words", async ({ page }) => {
    await signIn(page);
    const id = token("bad");
    const upscale = await upscaleThroughUi(page, `a quiet field ${id} --ar 16:9`, id);
    const { width: W, height: H, upscaleId } = upscale;
    const editor = new MaskEditorPage(page);
    await editor.goto(upscaleId);

    // Submit follows the mask: painting enables it, Clear disables it, Undo/Redo and Invert too.
    const submit = editor.button("Submit");
    await expect(submit).toBeDisabled();
    await editor.rectangle({ x: W * 0.2, y: H * 0.2 }, { x: W * 0.4, y: H * 0.5 });
    await expect(submit).toBeEnabled();
    await editor.button("Clear").click();
    await expect(submit).toBeDisabled();
    await page.keyboard.press("Control+z");
    await expect(submit).toBeEnabled();
    await page.keyboard.press("Control+Shift+z");
    await expect(submit).toBeDisabled();
    await editor.button("Invert").click();
    await expect.poll(() => editor.paintedPixels()).toBe(W * H);
    await editor.button("Undo").click();
    await expect(submit).toBeDisabled();
    await editor.button("Redo").click();
    await expect(submit).toBeEnabled();

    // Straight to the route, with the signed-in cookies.
    const post = (buffer: Buffer) =>
      page.request.post(`/api/jobs/${upscaleId}/vary-region`, { multipart: { mask: { name: "mask.png", mimeType: "image/png", buffer }, prompt: "x" } });
    const grey = (w: number, h: number, fill: (p: number) => number) => {
      const raw = Buffer.alloc(w * h);
      for (let p = 0; p < raw.length; p++) raw[p] = fill(p);
      return sharp(raw, { raw: { width: w, height: h, channels: 1 } })
        .png()
        .toBuffer();
    };
    const cases: [string, Buffer, RegExp][] = [
      ["wrong size", await grey(W + 1, H, () => 255), new RegExp(`${W + 1}×${H} but the image is ${W}×${H}`)],
      ["grey pixels", await grey(W, H, (p) => (p === 7 * W + 5 ? 128 : 255)), /pure black and white; the pixel at \(5, 7\)/],
      ["all black", await grey(W, H, () => 0), /empty: paint the area/],
      ["not a PNG", Buffer.from("definitely not an image"), /not a readable PNG/],
    ];
    for (const [name, buffer, message] of cases) {
      const response = await post(buffer);
      expect(response.status(), name).toBe(400);
      expect(((await response.json()) as { error: string }).error, name).toMatch(message);
    }

    // The editor shows the route's own words when it refuses a mask.
    await page.route(`**/api/jobs/${upscaleId}/vary-region`, async (route) => route.fulfill({ response: await post(await grey(W + 1, H, () => 255)) }));
    await submit.click();
    await expect(page.getByRole("alert").filter({ hasText: "but the image is" })).toContainText(`The mask is ${W + 1}×${H} but the image is ${W}×${H}`);
    await expect(page).toHaveURL(new RegExp(`/jobs/${upscaleId}/vary-region$`));
  });
});

test.describe("[VARY-REGION] on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  test.describe.configure({ timeout: 360_000 });

  test("one finger paints, a second finger turns the stroke into a pinch that zooms without painting", async ({ page }) => {
    await signIn(page);
    const id = token("phone");
    const { upscaleId, width: W, height: H } = await upscaleThroughUi(page, `a lantern in the rain ${id} --ar 9:16`, id);
    const editor = new MaskEditorPage(page);
    await editor.goto(upscaleId);
    for (const name of ["Brush", "Eraser", "Rectangle", "Lasso"] as const) expect((await editor.tool(name).boundingBox())!.height).toBeGreaterThanOrEqual(44);

    // One finger: a stroke down the middle of the image.
    const top = await editor.locate({ x: W * 0.5, y: H * 0.3 });
    const bottom = await editor.locate({ x: W * 0.5, y: H * 0.6 });
    const steps = 8;
    const finger = (k: number) => ({ id: 1, x: top.page.x, y: Math.round(top.page.y + ((bottom.page.y - top.page.y) * k) / steps) });
    await editor.touchFrames(Array.from({ length: steps + 1 }, (_, k) => [finger(k)]));
    await expect.poll(() => editor.paintedPixels()).toBeGreaterThan(0);
    const painted = await editor.paintedPixels();
    const scale = (await editor.view()).view.scale;

    // A finger starts a stroke, a second lands and both spread apart: a pinch, and no paint.
    const a = await editor.locate({ x: W * 0.3, y: H * 0.75 });
    const b = await editor.locate({ x: W * 0.7, y: H * 0.8 });
    const frames = [[{ id: 2, ...a.page }], [{ id: 2, x: a.page.x + 10, y: a.page.y }]];
    for (let k = 0; k <= 6; k++)
      frames.push([
        { id: 2, x: a.page.x + 10 - k * 8, y: a.page.y - k * 6 },
        { id: 3, x: b.page.x + k * 8, y: b.page.y + k * 6 },
      ]);
    await editor.touchFrames(frames);
    await expect.poll(async () => (await editor.view()).view.scale).toBeGreaterThan(scale * 1.2);
    expect(await editor.paintedPixels()).toBe(painted);

    await editor.button("Fit").click();
    await expect.poll(async () => (await editor.view()).view.scale).toBeCloseTo(scale, 6);
    await editor.button("Submit").click();
    await page.waitForURL((url) => /^\/jobs\/[^/]+$/.test(url.pathname) && !url.pathname.endsWith(upscaleId));
    const got = await decodeMask(await receivedMask(page.request, id, "ttapi"));
    expect(got.at(Math.floor(W * 0.5), Math.floor(H * 0.45))).toBe(255);
    expect(got.at(Math.floor(W * 0.3), Math.floor(H * 0.75))).toBe(0);
  });
});
