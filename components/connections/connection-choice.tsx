"use client";

import { SelectControl } from "@/components/composer/select-control";
import type { ConnectionOption } from "@/lib/query/connections";

interface Props {
  capable: ConnectionOption[];
  connection: ConnectionOption;
  defaultLacks: boolean;
  onChoose: (id: string) => void;
  /** What the page does, for the note: "face swap", "Shorten" … */
  what: string;
}

/** Where the job goes: a choice when several connections can do it, a note when it is not the default. */
export function ConnectionChoice({ capable, connection, defaultLacks, onChoose, what }: Props) {
  if (capable.length > 1) {
    return (
      <SelectControl
        label="Vendor"
        value={connection.id}
        options={capable.map((c) => ({ value: c.id, label: `${c.name}${c.isDefault ? " (default)" : ""}` }))}
        onChange={onChoose}
        hint={defaultLacks ? `Only these vendors offer ${what}.` : undefined}
      />
    );
  }
  if (!defaultLacks) return null;
  return (
    <p className="text-xs text-neutral-400">
      Goes to <span className="text-neutral-200">{connection.name}</span>: your default vendor does not offer {what}.
    </p>
  );
}
