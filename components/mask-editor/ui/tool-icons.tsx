// Line icons for the mask toolbar (24×24, drawn with currentColor). Decorative: every button
// also carries its name as text.
export type IconName = "brush" | "eraser" | "rect" | "lasso" | "undo" | "redo" | "clear" | "invert" | "zoomIn" | "zoomOut" | "fit";

const paths: Record<IconName, string> = {
  brush: "M18.4 3.6a2 2 0 0 1 2.8 2.8l-8.5 8.5-2.8-2.8zM9 13.5l1.5 1.5c0 2.5-1.8 4.5-5.5 4.5 1-1 1-2.2 1-3 0-1.7 1.3-3 3-3z",
  eraser: "M4.5 15.5l8-8a2 2 0 0 1 2.8 0l3.2 3.2a2 2 0 0 1 0 2.8L13 19H8.5zM9 11l6 6M13 19h7",
  rect: "M4 6h16v12H4z",
  lasso: "M12 4c4.4 0 8 2.2 8 5s-3.6 5-8 5-8-2.2-8-5 3.6-5 8-5zM7 13c-1 1.5-.5 3.2 1 3.8s2 2 1 3.2",
  undo: "M9 7L4 12l5 5M4 12h10a6 6 0 0 1 0 12",
  redo: "M15 7l5 5-5 5M20 12H10a6 6 0 0 0 0 12",
  clear: "M5 7h14M10 7V5h4v2M7 7l1 12h8l1-12",
  invert: "M12 4a8 8 0 1 0 0 16zM12 4a8 8 0 0 1 0 16",
  zoomIn: "M11 5a6 6 0 1 0 0 12 6 6 0 0 0 0-12zM20 20l-4.5-4.5M11 8.5v5M8.5 11h5",
  zoomOut: "M11 5a6 6 0 1 0 0 12 6 6 0 0 0 0-12zM20 20l-4.5-4.5M8.5 11h5",
  fit: "M4 9V4h5M15 4h5v5M20 15v5h-5M9 20H4v-5",
};

export function ToolIcon({ name, className = "size-5" }: { name: IconName; className?: string }) {
  return (
    <svg
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={1.75}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      className={className}
    >
      <path d={paths[name]} />
      {name === "invert" && <path d="M12 4a8 8 0 0 0 0 16z" fill="currentColor" stroke="none" />}
    </svg>
  );
}
