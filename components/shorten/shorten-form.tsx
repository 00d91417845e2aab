"use client";

import { useId, useState } from "react";
import { shortenAction } from "@/lib/actions/shorten-action";
import { CapabilityLoading, CapabilityMissing } from "@/components/connections/capability-missing";
import { ConnectionChoice } from "@/components/connections/connection-choice";
import { useCapableConnection } from "@/components/connections/use-capable-connection";
import { useJobSync } from "@/components/live/live-updates";
import { useServerAction } from "@/components/ui/use-server-action";
import { capsLabel, cn, inputBase, largePrimaryButton } from "@/components/ui/styles";
import { ShortenResult } from "./shorten-result";

/** Shorten a prompt: Midjourney weighs its words and offers shorter versions, each one click from an imagine. */
export function ShortenForm() {
  const vendors = useCapableConnection("shorten");
  const sync = useJobSync();
  const { run, busy: pending, error, setError } = useServerAction();
  const [prompt, setPrompt] = useState("");
  const [jobId, setJobId] = useState<string | null>(null);
  const promptId = useId();

  if (vendors.loading || vendors.error) return <CapabilityLoading error={vendors.error} />;
  const connection = vendors.connection;
  if (!connection) {
    return (
      <CapabilityMissing title="Shorten is not available">
        <p>None of the vendor connections your team can use offers Shorten.</p>
        <p>It exists on midjourney-proxy vendors (New API or a self-hosted proxy), not on TTAPI or DataEyes. Ask an admin to add one.</p>
      </CapabilityMissing>
    );
  }

  const submit = async () => {
    if (pending) return;
    const result = await run("shorten", () => shortenAction({ prompt, connectionId: connection.id }));
    if (result.error !== undefined) return;
    sync(result.data.jobId);
    setJobId(result.data.jobId);
  };

  return (
    <div className="grid gap-8 lg:grid-cols-2">
      <form
        aria-label="Shorten a prompt"
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
        className="space-y-5"
      >
        <div>
          <label htmlFor={promptId} className={capsLabel}>
            Prompt
          </label>
          <textarea
            id={promptId}
            value={prompt}
            onChange={(event) => {
              setPrompt(event.target.value);
              if (error) setError(null);
            }}
            rows={6}
            maxLength={6000}
            placeholder="A long prompt, with its --parameters if you like"
            className={cn(inputBase, "mt-2 resize-y")}
          />
        </div>
        <ConnectionChoice capable={vendors.capable} connection={connection} defaultLacks={vendors.defaultLacks} onChoose={vendors.choose} what="Shorten" />
        <button type="submit" disabled={pending || prompt.trim() === ""} className={largePrimaryButton}>
          {pending ? "Starting…" : "Shorten"}
        </button>
        {error && (
          <p role="alert" className="text-sm text-red-300">
            {error}
          </p>
        )}
      </form>
      <section aria-label="Shortened prompts" className="min-w-0">
        {jobId ? (
          <ShortenResult jobId={jobId} />
        ) : (
          <p className="rounded-2xl border border-dashed border-white/10 px-6 py-12 text-center text-sm text-neutral-500">
            Shorter versions of your prompt appear here, each ready to imagine.
          </p>
        )}
      </section>
    </div>
  );
}
