// Row windowing for a CSS grid of square cells (repeat(auto-fill, minmax(MIN, 1fr))): only rows
// near the viewport are in the DOM; padding stands in for the rest, so thousands of jobs scroll
// smoothly. The column count is what auto-fill computes, so the CSS and this math agree.
export interface GridWindow {
  columns: number;
  rowHeight: number;
  start: number;
  end: number;
  padTop: number;
  padBottom: number;
}

export function gridColumns(width: number, minCell: number, gap: number): number {
  return Math.max(1, Math.floor((width + gap) / (minCell + gap)));
}

/**
 * Items [start, end) to render for a grid whose top edge is `top` px from the viewport's top
 * (negative once scrolled past), given the viewport height.
 */
export function gridWindow(count: number, width: number, top: number, viewport: number, minCell: number, gap: number, overscanRows = 3): GridWindow {
  const columns = gridColumns(width, minCell, gap);
  const cell = (width - gap * (columns - 1)) / columns;
  const rowHeight = cell + gap;
  const rows = Math.ceil(count / columns);
  const firstRow = Math.max(0, Math.floor(-top / rowHeight) - overscanRows);
  const lastRow = Math.min(rows, Math.ceil((viewport - top) / rowHeight) + overscanRows);
  const startRow = Math.min(firstRow, Math.max(0, lastRow - 1));
  return {
    columns,
    rowHeight,
    start: startRow * columns,
    end: Math.min(count, Math.max(lastRow, startRow) * columns),
    padTop: startRow * rowHeight,
    padBottom: Math.max(0, (rows - Math.max(lastRow, startRow)) * rowHeight),
  };
}
