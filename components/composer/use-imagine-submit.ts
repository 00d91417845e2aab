"use client";

import { useState } from "react";
import { checkPromptAction } from "@/lib/actions/check-prompt-action";
import { imagineAction } from "@/lib/actions/imagine-action";
import type { Visibility } from "@/lib/domain/visibility";
import { readComposerState, splitSpeedMode } from "@/lib/prompt/composer-flags";
import { useJobSync } from "@/components/live/live-updates";

export interface ImagineRequest {
  prompt: string;
  imageRefKeys: string[];
  imageRefUrls: string[];
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
  const [phase, setPhase] = useState<SubmitPhase>("idle");
  const [error, setError] = useState<string | null>(null);
  const [check, setCheck] = useState<{ ok: boolean; message: string } | null>(null);

  async function submit(request: ImagineRequest): Promise<string | null> {
    setError(null);
    setCheck(null);
    const state = readComposerState(request.prompt);
    if (!state.text) {
      setError("Write a prompt first: describe what you want to see.");
      return null;
    }
    if (state.errors.length > 0) {
      setError("Fix the parameters marked below first.");
      return null;
    }
    const { prompt, mode } = splitSpeedMode(request.prompt);
    setPhase("checking");
    try {
      const checked = await checkPromptAction({ prompt, connectionId: request.connectionId }).catch(() => null);
      if (checked?.data?.checked) {
        setCheck({ ok: checked.data.ok, message: checked.data.message });
        if (!checked.data.ok) return null;
      }
      setPhase("submitting");
      const result = await imagineAction({ ...request, prompt, mode });
      if (result.error !== undefined) {
        setError(result.error);
        return null;
      }
      sync(result.data.jobId);
      return result.data.jobId;
    } catch {
      setError("The studio could not be reached. Check your connection and try again.");
      return null;
    } finally {
      setPhase("idle");
    }
  }

  return { submit, phase, error, check, clearCheck: () => setCheck(null), setError };
}
