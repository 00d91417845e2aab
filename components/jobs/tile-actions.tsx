"use client";

import type { JobActionDTO } from "@/lib/dto/jobs";
import { ActionButton } from "./action-button";

interface Props {
  actions: JobActionDTO[];
  onAction: (key: string) => void;
  pending: string | null;
  compact?: boolean;
  /** Highlights the buttons of the tile the user picked (1-4). */
  selectedTile?: number | null;
}

const tileOf = (key: string) => Number(/:(\d)$/.exec(key)?.[1] ?? 0);

/** The grid's rows: U1-U4, then V1-V4 and Reroll — only those the job offers. */
export function TileActions({ actions, onAction, pending, compact = false, selectedTile = null }: Props) {
  const upscales = actions.filter((a) => /^upscale:[1-4]$/.test(a.key));
  const variations = actions.filter((a) => /^variation:[1-4]$/.test(a.key) || a.key === "reroll");
  const row = (items: JobActionDTO[], name: string) =>
    items.length > 0 && (
      <div role="group" aria-label={name} className="flex flex-wrap gap-1.5">
        {items.map((action) => (
          <ActionButton
            key={action.key}
            compact={compact}
            pending={pending === action.key}
            disabled={pending !== null}
            onClick={() => onAction(action.key)}
            aria-label={action.key === "reroll" ? action.label : undefined}
            title={action.key === "reroll" ? action.label : undefined}
            className={selectedTile && tileOf(action.key) === selectedTile ? "border-accent/60 text-white" : ""}
          >
            {action.key === "reroll" ? (
              <span aria-hidden className="text-base leading-none">
                ↻
              </span>
            ) : (
              action.label
            )}
          </ActionButton>
        ))}
      </div>
    );
  return (
    <div className="space-y-1.5">
      {row(upscales, "Upscale an image")}
      {row(variations, "Vary an image")}
    </div>
  );
}
