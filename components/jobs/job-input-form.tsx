"use client";

import { useId, useState } from "react";
import type { JobDetailDTO } from "@/lib/dto/jobs";
import { answerJobInputAction } from "@/lib/actions/answer-job-input-action";
import { useJobSync } from "@/components/live/live-updates";
import { Button } from "@/components/ui/button";
import { useServerAction } from "@/components/ui/use-server-action";

/**
 * The vendor waits for a prompt the studio could not give it (a remix dialog it refused, or an
 * image without a prompt): the user writes it here and the engine sends it.
 */
export function JobInputForm({ job }: { job: Pick<JobDetailDTO, "id" | "input" | "canManage"> }) {
  const ids = { title: useId(), prompt: useId(), reason: useId() };
  const [text, setText] = useState(job.input?.prompt ?? "");
  const { run, busy: pending, error } = useServerAction();
  const sync = useJobSync();
  if (!job.input) return null;

  async function send() {
    const result = await run("send", () => answerJobInputAction({ jobId: job.id, prompt: text }));
    if (result.error === undefined) sync(job.id);
  }

  return (
    <section aria-labelledby={ids.title} className="space-y-3 rounded-xl border border-amber-400/30 bg-amber-400/5 p-3">
      <h2 id={ids.title} className="text-sm font-semibold text-amber-200">
        The vendor is waiting for a prompt
      </h2>
      <p id={ids.reason} className="text-sm text-neutral-300">
        {job.input.reason}
      </p>
      {!job.input.canAnswer ? null : job.canManage ? (
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            if (text.trim()) void send();
          }}
          className="space-y-2"
        >
          <label htmlFor={ids.prompt} className="text-xs font-medium text-neutral-400">
            Prompt for the vendor
          </label>
          <textarea
            id={ids.prompt}
            value={text}
            onChange={(e) => setText(e.target.value)}
            rows={3}
            aria-describedby={ids.reason}
            className="w-full resize-y rounded-lg border border-white/10 bg-ink-900 px-3 py-2 text-sm"
          />
          {error && (
            <p role="alert" className="text-sm text-red-300">
              {error}
            </p>
          )}
          <Button type="submit" disabled={!text.trim() || pending}>
            {pending ? "Sending…" : "Send prompt"}
          </Button>
        </form>
      ) : (
        <p className="text-xs text-neutral-500">Only the person who started this job (or an admin) can answer.</p>
      )}
    </section>
  );
}
