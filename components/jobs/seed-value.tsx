"use client";

import { useState } from "react";
import { useServerAction } from "@/components/ui/use-server-action";
import { getSeedAction } from "@/lib/actions/get-seed-action";

/** The seed when known; otherwise a "Show seed" button that asks the vendor. */
export function SeedValue({ jobId, seed, finished }: { jobId: string; seed: string | null; finished: boolean }) {
  const [value, setValue] = useState<string | null>(seed);
  const { run, busy: pending, error } = useServerAction();
  if (value) return <span className="font-mono text-neutral-100">{value}</span>;
  if (!finished) return <span className="text-neutral-500">Available when finished</span>;
  return (
    <span className="flex flex-wrap items-center gap-2">
      <button
        type="button"
        disabled={pending}
        onClick={async () => {
          const result = await run("seed", () => getSeedAction({ jobId }));
          if (result.error === undefined) setValue(result.data.seed);
        }}
        className="rounded-md border border-white/10 px-2 py-0.5 text-xs text-neutral-200 hover:bg-white/5 disabled:opacity-50"
      >
        {pending ? "Asking…" : "Show seed"}
      </button>
      {error && (
        <span role="alert" className="text-xs text-red-300">
          {error}
        </span>
      )}
    </span>
  );
}
