// Where Midjourney's four candidates sit in a 2×2 grid: U1 top left, U2 top right, U3 bottom
// left, U4 bottom right. Integer edges, and the four regions cover the grid exactly (an odd
// width or height gives the right or bottom tiles the extra pixel).

export interface TileRegion {
  index: 1 | 2 | 3 | 4;
  left: number;
  top: number;
  width: number;
  height: number;
}

export function gridTileRegions(width: number, height: number): TileRegion[] {
  if (!Number.isInteger(width) || !Number.isInteger(height) || width < 2 || height < 2) {
    throw new RangeError(`A grid must be at least 2×2 whole pixels, not ${width}×${height}.`);
  }
  const leftWidth = Math.floor(width / 2);
  const topHeight = Math.floor(height / 2);
  const rightWidth = width - leftWidth;
  const bottomHeight = height - topHeight;
  return [
    { index: 1, left: 0, top: 0, width: leftWidth, height: topHeight },
    { index: 2, left: leftWidth, top: 0, width: rightWidth, height: topHeight },
    { index: 3, left: 0, top: topHeight, width: leftWidth, height: bottomHeight },
    { index: 4, left: leftWidth, top: topHeight, width: rightWidth, height: bottomHeight },
  ];
}
