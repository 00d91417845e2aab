"use client";

import { useId } from "react";
import type { ConnectionOption } from "@/lib/query/connections";
import { SelectControl } from "./select-control";
import { checkRow } from "@/components/ui/styles";

interface Props {
  connections: ConnectionOption[];
  connectionId: string;
  onConnectionChange: (id: string) => void;
  isPrivate: boolean;
  onPrivateChange: (value: boolean) => void;
}

/** Where the job goes (only when there is a choice) and who sees it. */
export function ComposerOptions({ connections, connectionId, onConnectionChange, isPrivate, onPrivateChange }: Props) {
  const privateId = useId();
  const fallback = connections.find((c) => c.isDefault) ?? connections[0];
  return (
    <>
      {connections.length > 1 && (
        <SelectControl
          label="Vendor"
          value={connectionId || fallback?.id || ""}
          options={connections.map((c) => ({ value: c.id, label: `${c.name}${c.isDefault ? " (default)" : ""}` }))}
          onChange={onConnectionChange}
        />
      )}
      <div className="flex items-end">
        <label htmlFor={privateId} className={checkRow}>
          <input id={privateId} type="checkbox" checked={isPrivate} onChange={(e) => onPrivateChange(e.target.checked)} className="size-4 accent-accent" />
          Private <span className="text-xs text-neutral-500">only you see it</span>
        </label>
      </div>
    </>
  );
}
