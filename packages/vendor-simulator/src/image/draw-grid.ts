// Midjourney's 2×2 grid: tiles 1 2 / 3 4, each exactly half the grid's width and height.
import sharp from "sharp";

/** Composes four equally sized tile PNGs into one grid PNG of twice their size. */
export async function drawGrid(tiles: Buffer[], tileWidth: number, tileHeight: number): Promise<Buffer> {
  if (tiles.length !== 4) throw new Error("a grid needs exactly four tiles");
  return sharp({ create: { width: tileWidth * 2, height: tileHeight * 2, channels: 3, background: "#000000" } })
    .composite(tiles.map((input, i) => ({ input, left: (i % 2) * tileWidth, top: Math.floor(i / 2) * tileHeight })))
    .removeAlpha()
    .png()
    .toBuffer();
}
