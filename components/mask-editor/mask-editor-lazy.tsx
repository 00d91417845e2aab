// The mask editor loaded in the browser only: Konva draws on a real canvas and cannot render
// on the server. Pages import this, never mask-editor.tsx or mask-painter.tsx directly.
"use client";

import dynamic from "next/dynamic";
import type { MaskEditorProps } from "./mask-editor";
import type { MaskPainterProps } from "./mask-painter";

function Loading() {
  return (
    <div className="grid min-h-64 flex-1 place-items-center rounded-xl border border-white/5 bg-ink-900 text-sm text-neutral-400" role="status">
      Loading the mask editor…
    </div>
  );
}

const MaskEditor = dynamic(() => import("./mask-editor").then((m) => m.MaskEditor), { ssr: false, loading: Loading });
const MaskPainter = dynamic(() => import("./mask-painter").then((m) => m.MaskPainter), { ssr: false, loading: Loading });

/** Vary (Region): paint, then submit the mask for the job. */
export function MaskEditorLazy(props: MaskEditorProps) {
  return <MaskEditor {...props} />;
}

/** The painter with a side panel of the caller's (the Edit page). */
export function MaskPainterLazy(props: MaskPainterProps) {
  return <MaskPainter {...props} />;
}
