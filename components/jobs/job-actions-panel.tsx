"use client";

import Link from "next/link";
import { useState } from "react";
import type { JobActionDTO, JobDetailDTO } from "@/lib/dto/jobs";
import { isRemixAction } from "@/lib/vendors/action-vocabulary";
import { ActionButton } from "./action-button";
import { CustomZoomForm } from "./custom-zoom-form";
import { RemixDialog } from "./remix-dialog";
import { RemixToggle } from "./remix-toggle";
import { TileActions } from "./tile-actions";
import { useJobAction } from "./use-job-action";
import { useRemixPreference } from "./use-remix-preference";
import { cn } from "@/components/ui/styles";

const GROUPS: { name: string; test: (key: string) => boolean }[] = [
  { name: "Vary", test: (k) => k.startsWith("vary") },
  { name: "Upscale", test: (k) => /^(redo_)?upscale:(subtle|creative|2x|4x)$/.test(k) },
  { name: "Zoom", test: (k) => k.startsWith("zoom:") || k === "make_square" },
  { name: "Pan", test: (k) => k.startsWith("pan:") },
];
const TILE = /^(?:(?:upscale|variation):[1-4]|reroll)$/;

/** TTAPI's /midjourney/v1/action has no prompt field (seeds/000: jobId, action, timeout, hookUrl, getUImages). */
export const TTAPI_NO_REMIX = "TTAPI's actions take no prompt, so Remix is not available on this vendor.";

/**
 * Every action the job offers, named as Midjourney names them; a click starts the child and
 * opens it. With Remix on, V1-V4, Vary, Pan and Reroll first ask for the prompt.
 * `remixAction`: open the Remix dialog for this action at once (a feed card sent the user here).
 */
export function JobActionsPanel({ job, selectedTile, remixAction = null }: { job: JobDetailDTO; selectedTile: number | null; remixAction?: string | null }) {
  const { run, pending, error } = useJobAction(job.id, { openChild: true });
  const [customZoom, setCustomZoom] = useState(false);
  const [remixOn] = useRemixPreference();
  const canRemix = job.connectionProtocol !== "ttapi";
  const offered = (key: string | null) => (key && canRemix && isRemixAction(key) && job.actions.some((a) => a.key === key) ? key : null);
  const [remixing, setRemixing] = useState<string | null>(() => offered(remixAction));
  const press = (key: string) => (remixOn && offered(key) ? setRemixing(key) : void run(key));
  const tile = job.actions.filter((a) => TILE.test(a.key));
  const rest = job.actions.filter((a) => !TILE.test(a.key));
  const groups = GROUPS.map((g) => ({ name: g.name, actions: rest.filter((a) => g.test(a.key)) }));
  const other = rest.filter((a) => !GROUPS.some((g) => g.test(a.key)));
  if (other.length) groups.push({ name: "More", actions: other });

  const button = (action: JobActionDTO) => {
    if (action.key === "vary_region") {
      return (
        <Link
          key={action.key}
          href={`/jobs/${job.id}/vary-region`}
          className={cn(
            "inline-flex h-9 items-center rounded-lg border border-white/10 bg-ink-800 px-3 text-sm font-medium",
            "text-neutral-200 hover:border-white/25 hover:bg-ink-700 hover:text-white",
          )}
        >
          {action.label}
        </Link>
      );
    }
    return (
      <ActionButton
        key={action.key}
        pending={pending === action.key}
        disabled={pending !== null}
        aria-expanded={action.key === "zoom:custom" ? customZoom : undefined}
        onClick={() => (action.key === "zoom:custom" ? setCustomZoom((o) => !o) : press(action.key))}
      >
        {action.label}
      </ActionButton>
    );
  };

  if (job.actions.length === 0) return null;
  return (
    <section aria-labelledby="actions-title" className="space-y-3">
      <h2 id="actions-title" className="sr-only">
        Actions
      </h2>
      <RemixToggle unavailable={canRemix ? undefined : TTAPI_NO_REMIX} />
      {remixAction && !canRemix && (
        <p role="status" className="text-sm text-amber-200">
          {TTAPI_NO_REMIX} Press {job.actions.find((a) => a.key === remixAction)?.label ?? "the button"} again to run it as it is.
        </p>
      )}
      {tile.length > 0 && <TileActions actions={tile} onAction={press} pending={pending} selectedTile={selectedTile} />}
      {groups
        .filter((g) => g.actions.length > 0)
        .map((g) => (
          <div key={g.name} role="group" aria-label={g.name} className="flex flex-wrap gap-1.5">
            {g.actions.map(button)}
          </div>
        ))}
      {customZoom && (
        <CustomZoomForm
          prompt={job.basePrompt || job.prompt}
          pending={pending === "zoom:custom"}
          onSubmit={(p) => void run("zoom:custom", p)}
          onCancel={() => setCustomZoom(false)}
        />
      )}
      <RemixDialog
        key={remixing ?? "closed"}
        actionLabel={remixing ? (job.actions.find((a) => a.key === remixing)?.label ?? remixing) : null}
        prompt={job.basePrompt}
        pending={pending !== null}
        onSubmit={(prompt) => {
          if (remixing) void run(remixing, prompt);
          setRemixing(null);
        }}
        onClose={() => setRemixing(null)}
      />
      {error && (
        <p role="alert" className="text-sm text-red-300">
          {error}
        </p>
      )}
    </section>
  );
}
