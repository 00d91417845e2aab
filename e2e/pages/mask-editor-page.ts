// The Vary (Region) mask editor, driven like a person with a mouse: every gesture goes to
// integer screen positions computed from image pixels through the editor's current view, and
// is replayed through the editor's own tools so a test knows exactly which strokes it made.
import { expect, type CDPSession, type Locator, type Page } from "@playwright/test";
import type { MaskStroke, Point } from "../../components/mask-editor/model/mask-stroke";
import { brushTool } from "../../components/mask-editor/tools/brush-tool";
import { IDLE, type MaskTool, type ToolEnv } from "../../components/mask-editor/tools/mask-tool";
import { rectangleTool } from "../../components/mask-editor/tools/rectangle-tool";
import { screenToImage, type View } from "../../components/mask-editor/view/view-transform";

export class MaskEditorPage {
  readonly canvas: Locator;
  readonly stage: Locator;

  constructor(private readonly page: Page) {
    this.canvas = page.getByRole("application", { name: /Mask canvas/ });
    this.stage = page.locator("#mask-editor-stage");
  }

  async goto(jobId: string) {
    await this.page.goto(`/jobs/${jobId}/vary-region`);
    await expect(this.page.getByRole("heading", { name: "Vary (Region)" })).toBeVisible();
    await expect(this.stage.locator("canvas").first()).toBeVisible();
  }

  tool(name: "Brush" | "Eraser" | "Rectangle" | "Lasso") {
    return this.page.getByRole("toolbar", { name: "Mask tools" }).getByRole("button", { name, exact: true });
  }

  button(name: string) {
    return this.page.getByRole("button", { name, exact: true });
  }

  async brushSize(): Promise<number> {
    return Number(await this.page.getByLabel("Brush size").inputValue());
  }

  /** The view the editor reports, and where its stage sits in the page. */
  async view(): Promise<{ view: View; left: number; top: number }> {
    return this.canvas.evaluate((el) => {
      const rect = el.getBoundingClientRect();
      const data = (el as HTMLElement).dataset;
      return { view: { scale: Number(data.viewScale), x: Number(data.viewX), y: Number(data.viewY) }, left: rect.left, top: rect.top };
    });
  }

  /** The integer page position nearest to an image point, and the image point the editor will read there. */
  async locate(p: Point): Promise<{ page: Point; image: Point }> {
    const { view, left, top } = await this.view();
    const pageX = Math.round(left + view.x + p.x * view.scale);
    const pageY = Math.round(top + view.y + p.y * view.scale);
    const box = (await this.canvas.boundingBox())!;
    expect(pageX > box.x && pageX < box.x + box.width && pageY > box.y && pageY < box.y + box.height, `image point (${p.x}, ${p.y}) is on screen`).toBe(true);
    return { page: { x: pageX, y: pageY }, image: screenToImage(view, { x: pageX - left, y: pageY - top }) };
  }

  /** Presses at the first image point, moves through the rest, releases at the last; returns the stroke the editor records. */
  async drag(tool: MaskTool, imagePoints: Point[], brushSize: number): Promise<MaskStroke | null> {
    const located = [];
    for (const p of imagePoints) located.push(await this.locate(p));
    const { view } = await this.view();
    const env: ToolEnv = { brushSize, screenPixel: 1 / view.scale, subtract: false };
    const mouse = this.page.mouse;
    await mouse.move(located[0].page.x, located[0].page.y);
    await mouse.down();
    let step = tool.down(IDLE, located[0].image, env);
    for (const l of located.slice(1)) {
      await mouse.move(l.page.x, l.page.y);
      step = tool.move(step.state, l.image, env);
    }
    await mouse.up();
    return tool.up(step.state, located[located.length - 1].image, env).commit;
  }

  async rectangle(from: Point, to: Point): Promise<MaskStroke | null> {
    await this.tool("Rectangle").click();
    const steps = 6;
    const points = Array.from({ length: steps + 1 }, (_, k) => ({ x: from.x + ((to.x - from.x) * k) / steps, y: from.y + ((to.y - from.y) * k) / steps }));
    return this.drag(rectangleTool, points, 0);
  }

  /** A brush stroke through image points (the page moves the mouse a few screen pixels at a time between them). */
  async brush(points: Point[]): Promise<MaskStroke | null> {
    await this.tool("Brush").click();
    const { view } = await this.view();
    const dense: Point[] = [points[0]];
    for (let k = 1; k < points.length; k++) {
      const [a, b] = [points[k - 1], points[k]];
      const n = Math.max(1, Math.ceil((Math.hypot(b.x - a.x, b.y - a.y) * view.scale) / 6));
      for (let i = 1; i <= n; i++) dense.push({ x: a.x + ((b.x - a.x) * i) / n, y: a.y + ((b.y - a.y) * i) / n });
    }
    return this.drag(brushTool, dense, await this.brushSize());
  }

  /** Wheel-zooms around an image point. */
  async wheelZoom(at: Point, deltaY: number) {
    const { page: p } = await this.locate(at);
    const before = (await this.view()).view.scale;
    await this.page.mouse.move(p.x, p.y);
    await this.page.mouse.wheel(0, deltaY);
    await expect.poll(async () => (await this.view()).view.scale).not.toBe(before);
  }

  /** Holds Space and drags the view by (dx, dy) screen pixels. */
  async spacePan(from: Point, dx: number, dy: number) {
    const { page: p } = await this.locate(from);
    const before = await this.view();
    await this.canvas.focus();
    await this.page.keyboard.down("Space");
    await this.page.mouse.move(p.x, p.y);
    await this.page.mouse.down();
    await this.page.mouse.move(p.x + dx / 2, p.y + dy / 2);
    await this.page.mouse.move(p.x + dx, p.y + dy);
    await this.page.mouse.up();
    await this.page.keyboard.up("Space");
    await expect.poll(async () => (await this.view()).view.x).toBeCloseTo(before.view.x + dx, 6);
  }

  /**
   * Fingers on the screen through the DevTools protocol. Each frame lists every touch that is
   * down (page coordinates, by id); Chromium diffs frames into per-finger touch (and pointer)
   * events. An empty frame is appended so all fingers lift at the end.
   */
  async touchFrames(frames: { id: number; x: number; y: number }[][]) {
    const client: CDPSession = await this.page.context().newCDPSession(this.page);
    let down = new Set<number>();
    for (const frame of [...frames, []]) {
      const type = frame.length === 0 ? "touchEnd" : frame.some((t) => !down.has(t.id)) ? "touchStart" : "touchMove";
      await client.send("Input.dispatchTouchEvent", { type, touchPoints: frame });
      down = new Set(frame.map((t) => t.id));
    }
    await client.detach();
  }

  async paintedPixels(): Promise<number> {
    return Number(await this.canvas.getAttribute("data-painted-pixels"));
  }
}
