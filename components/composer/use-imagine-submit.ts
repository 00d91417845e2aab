"use client";

import { useState } from "react";
import { checkPromptAction } from "@/lib/actions/check-prompt-action";
import { imagineAction } from "@/lib/actions/imagine-action";
import type { ImageReference } from "@/lib/domain/image-reference";
import type { Visibility } from "@/lib/domain/visibility";
import { readComposerState, splitSpeedMode } from "@/lib/prompt/composer-flags";
import { useJobSync } from "@/components/live/live-updates";
import { useServerAction } from "@/components/ui/use-server-action";

export interface ImagineRequest {
  prompt: string;
  imageRefKeys: string[];
  imageRefUrls: string[];
  /** Gallery images and uploads in the image, style, omni and character slots. */
  references: ImageReference[];
  connectionId?: string;
  visibility: Visibility;
}

export type SubmitPhase = "idle" | "checking" | "submitting";

/**
 * Generate: checks the prompt locally (empty, bad flags), then with the vendor where it offers a
 * check (a vendor without one, or a check that cannot run, never blocks), then queues the job.
 */
export function useImagineSubmit() {
  const sync = useJobSync();
  const write = useServerAction<Exclude<SubmitPhase, "idle">>();
  const [check, setCheck] = useState<{ ok: boolean; message: string } | null>(null);

  async function submit(request: ImagineRequest): Promise<string | null> {
    write.setError(null);
    setCheck(null);
    const state = readComposerState(request.prompt);
    if (!state.text) {
      write.setError("Write a prompt first: describe what you want to see.");
      return null;
    }
    if (state.errors.length > 0) {
      write.setError("Fix the parameters marked below first.");
      return null;
    }
    const { prompt, mode } = splitSpeedMode(request.prompt);
    // The check never blocks by failing: a refusal or an unreachable check reads as "not checked".
    const checked = await write.run("checking", () =>
      checkPromptAction({ prompt, connectionId: request.connectionId }).then(
        (answer) => ({ data: answer.data ?? null }),
        () => ({ data: null }),
      ),
    );
    const verdict = checked.data;
    if (verdict?.checked) {
      setCheck({ ok: verdict.ok, message: verdict.message });
      if (!verdict.ok) return null;
    }
    const result = await write.run("submitting", () => imagineAction({ ...request, prompt, mode }));
    if (result.error !== undefined) return null;
    sync(result.data.jobId);
    return result.data.jobId;
  }

  return { submit, phase: write.pending ?? "idle", error: write.error, check, clearCheck: () => setCheck(null), setError: write.setError };
}
