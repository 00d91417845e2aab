"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { imagineAction } from "@/lib/actions/imagine-action";
import { useJobSync } from "@/components/live/live-updates";
import { useServerAction } from "@/components/ui/use-server-action";
import { CopyButton } from "./copy-button";
import { capsLabel, cn } from "@/components/ui/styles";

const small = cn(
  "inline-flex h-8 items-center gap-1.5 rounded-lg border border-white/10 px-2.5 text-xs",
  "text-neutral-200 hover:border-white/25 hover:text-white disabled:opacity-50",
);

/** Describe's four prompts: each can start an imagine in one click, or open Create prefilled. */
export function DescribedPrompts({ prompts }: { prompts: string[] }) {
  const router = useRouter();
  const sync = useJobSync();
  const { run, pending, error } = useServerAction<number>();

  const imagine = async (prompt: string, i: number) => {
    const result = await run(i, () => imagineAction({ prompt }));
    if (result.error !== undefined) return;
    sync(result.data.jobId);
    router.push(`/jobs/${result.data.jobId}`);
  };

  return (
    <section aria-labelledby="prompts-title">
      <h2 id="prompts-title" className={cn("mb-2", capsLabel)}>
        Prompts
      </h2>
      <ol className="space-y-3">
        {prompts.map((prompt, i) => (
          <li key={i} className="rounded-xl border border-white/5 bg-ink-850 p-3">
            <p className="text-sm leading-6 text-neutral-100">
              <span className="mr-2 font-mono text-xs text-neutral-500">{i + 1}</span>
              {prompt}
            </p>
            <div className="mt-3 flex flex-wrap gap-2">
              <button
                type="button"
                disabled={pending !== null}
                onClick={() => void imagine(prompt, i)}
                className={`${small} border-accent/40 bg-accent-strong/20 text-white`}
                aria-label={`Imagine this: prompt ${i + 1}`}
              >
                {pending === i ? "Starting…" : "Imagine this"}
              </button>
              <Link href={`/?prompt=${encodeURIComponent(prompt)}`} className={small} aria-label={`Use this prompt: prompt ${i + 1}`}>
                Use this prompt
              </Link>
              <CopyButton text={prompt} label="Copy" className={small} />
            </div>
          </li>
        ))}
      </ol>
      {error && (
        <p role="alert" className="mt-2 text-sm text-red-300">
          {error}
        </p>
      )}
    </section>
  );
}
