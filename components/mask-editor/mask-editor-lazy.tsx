// The mask editor loaded in the browser only: Konva draws on a real canvas and cannot render
// on the server. Pages import this, never mask-editor.tsx directly.
"use client";

import dynamic from "next/dynamic";
import type { MaskEditorProps } from "./mask-editor";

const MaskEditor = dynamic(() => import("./mask-editor").then((m) => m.MaskEditor), {
  ssr: false,
  loading: () => (
    <div className="grid min-h-64 flex-1 place-items-center rounded-xl border border-white/5 bg-ink-900 text-sm text-neutral-400" role="status">
      Loading the mask editor…
    </div>
  ),
});

export function MaskEditorLazy(props: MaskEditorProps) {
  return <MaskEditor {...props} />;
}
