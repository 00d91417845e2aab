// The live mask copied into a canvas the stage draws over the photo, in the accent colour
// (the stage makes it translucent). Only the pixels a sync touched are recoloured and uploaded.
import type { MaskStroke } from "../model/mask-stroke";
import { LiveMask } from "../preview/live-mask";
import type { DirtyRect } from "../raster/mask-bitmap";

/** The accent (#8b7cf6), opaque, packed for a Uint32 view of RGBA bytes in this machine's byte order. */
const ACCENT = { r: 0x8b, g: 0x7c, b: 0xf6 };
const littleEndian = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;
const PAINTED = littleEndian
  ? ((255 << 24) | (ACCENT.b << 16) | (ACCENT.g << 8) | ACCENT.r) >>> 0
  : ((ACCENT.r << 24) | (ACCENT.g << 16) | (ACCENT.b << 8) | 255) >>> 0;

export class MaskOverlay {
  readonly canvas: HTMLCanvasElement;
  private readonly live: LiveMask;
  private readonly context: CanvasRenderingContext2D;
  private readonly image: ImageData;
  private readonly rgba: Uint32Array;

  constructor(width: number, height: number) {
    this.live = new LiveMask(width, height);
    this.canvas = document.createElement("canvas");
    this.canvas.width = width;
    this.canvas.height = height;
    const context = this.canvas.getContext("2d");
    if (!context) throw new Error("This browser cannot draw the mask (no 2D canvas).");
    this.context = context;
    this.image = context.createImageData(width, height);
    this.rgba = new Uint32Array(this.image.data.buffer);
  }

  get paintedPixels(): number {
    return this.live.paintedPixels;
  }

  /** Brings the canvas up to date; returns whether anything changed on screen. */
  sync(strokes: readonly MaskStroke[], draft: MaskStroke | null): boolean {
    const dirty = this.live.sync(strokes, draft);
    if (dirty) this.paint(dirty);
    return dirty !== null;
  }

  private paint({ x0, y0, x1, y1 }: DirtyRect): void {
    const { width, bits } = this.live.bitmap;
    for (let y = y0; y < y1; y++) {
      for (let i = y * width + x0, end = y * width + x1; i < end; i++) this.rgba[i] = bits[i] ? PAINTED : 0;
    }
    this.context.putImageData(this.image, 0, 0, x0, y0, x1 - x0, y1 - y0);
  }
}
