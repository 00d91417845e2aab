// Vary (Region) mask editor: paint the area Midjourney should repaint, then submit it with a
// prompt. Client-only (Konva needs a browser): load it through mask-editor-lazy.tsx.
"use client";

import { useRouter } from "next/navigation";
import { useCallback, useState } from "react";
import { useServerAction } from "@/components/ui/use-server-action";
import type { MaskDocument } from "./model/mask-stroke";
import { MaskPainter, type PaintedMask } from "./mask-painter";
import { submitMask } from "./ui/submit-mask";
import { VaryRegionForm } from "./ui/vary-region-form";

export interface MaskEditorProps {
  jobId: string;
  imageUrl: string;
  /** The image's natural size: the mask is exported at exactly this size. */
  width: number;
  height: number;
  prompt: string;
}

export function MaskEditor({ jobId, imageUrl, width, height, prompt: initialPrompt }: MaskEditorProps) {
  const router = useRouter();
  const [prompt, setPrompt] = useState(initialPrompt);
  const write = useServerAction<"submit">();

  const { run } = write;
  const submit = useCallback(
    async (doc: MaskDocument) => {
      // Pending stays on after a success: the page is on its way to the new job.
      const result = await run("submit", () => submitMask(jobId, doc, prompt), { holdOnSuccess: true });
      if (result.error === undefined) router.push(`/jobs/${result.data.jobId}`);
    },
    [run, jobId, prompt, router],
  );

  const panel = useCallback(
    ({ doc, paintedPercent }: PaintedMask) => (
      <VaryRegionForm
        prompt={prompt}
        onPrompt={setPrompt}
        paintedPercent={paintedPercent}
        submitting={write.busy}
        error={write.error}
        onSubmit={() => void submit(doc)}
      />
    ),
    [prompt, write.busy, write.error, submit],
  );

  return <MaskPainter imageUrl={imageUrl} width={width} height={height} panel={panel} />;
}
