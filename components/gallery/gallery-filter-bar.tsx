"use client";

import { useQuery } from "@tanstack/react-query";
import { useEffect, useId, useState, type ReactNode } from "react";
import { connectionsQueryOptions } from "@/lib/query/connections";
import { teamMembersQueryOptions } from "@/lib/query/team-members";
import { Icon } from "@/components/ui/icon";
import { Options } from "@/components/ui/options";
import { ASPECT_PRESETS } from "@/components/composer/aspect-ratio-control";
import { cn, inputBase, capsLabel, selectBase } from "@/components/ui/styles";
import type { GalleryParam, GalleryParams } from "./gallery-filters";

const KINDS = [
  ["imagine", "Imagine"],
  ["upscale", "Upscale"],
  ["variation", "Variation"],
  ["zoom", "Zoom & pan"],
  ["vary_region", "Vary (Region)"],
  ["blend", "Blend"],
  ["describe", "Describe"],
  ["video", "Video"],
  ["edit", "Edit & Retexture"],
] as const;
const STATUSES = [
  ["succeeded", "Finished"],
  ["running", "In progress"],
  ["queued", "Queued"],
  ["failed", "Failed"],
] as const;

/** One labelled filter; the control gets the id its label points at. */
function FilterField({ label, children }: { label: string; children: (id: string) => ReactNode }) {
  const id = useId();
  return (
    <div className="min-w-36 flex-1">
      <label htmlFor={id} className={capsLabel}>
        {label}
      </label>
      {children(id)}
    </div>
  );
}

function Select({
  label,
  name,
  value,
  options,
  onChange,
}: {
  label: string;
  name: GalleryParam;
  value?: string;
  options: readonly (readonly [string, string])[];
  onChange: (name: GalleryParam, value: string) => void;
}) {
  return (
    <FilterField label={label}>
      {(id) => (
        <select id={id} value={value ?? ""} onChange={(e) => onChange(name, e.target.value)} className={`mt-1.5 ${selectBase}`}>
          <option value="">Any</option>
          <Options items={options.map(([value, label]) => ({ value, label }))} />
        </select>
      )}
    </FilterField>
  );
}

/** One end of the date range; the other end bounds it so the range cannot turn round. */
function DateField({
  label,
  name,
  value,
  min,
  max,
  onChange,
}: {
  label: string;
  name: "from" | "to";
  value?: string;
  min?: string;
  max?: string;
  onChange: (name: GalleryParam, value: string) => void;
}) {
  return (
    <FilterField label={label}>
      {(id) => (
        <input id={id} type="date" value={value ?? ""} min={min} max={max} onChange={(e) => onChange(name, e.target.value)} className={`mt-1.5 ${inputBase}`} />
      )}
    </FilterField>
  );
}

/** Search by prompt words and the filters: member, type, status, aspect ratio, vendor, dates. */
export function GalleryFilterBar({ params, onChange }: { params: GalleryParams; onChange: (next: GalleryParams) => void }) {
  const members = useQuery(teamMembersQueryOptions()).data ?? [];
  const connections = useQuery(connectionsQueryOptions()).data ?? [];
  const [q, setQ] = useState(params.q ?? "");
  const [seenQ, setSeenQ] = useState(params.q ?? "");
  if ((params.q ?? "") !== seenQ) {
    // The URL changed (back button, a link): show its search.
    setSeenQ(params.q ?? "");
    if (q.trim() !== (params.q ?? "")) setQ(params.q ?? "");
  }
  const [open, setOpen] = useState(Boolean(params.member || params.kind || params.status || params.ar || params.connection || params.from || params.to));
  const ids = { q: useId(), panel: useId() };
  const set = (name: GalleryParam, value: string) => onChange({ ...params, [name]: value || undefined });
  const active = (["member", "kind", "status", "ar", "connection", "from", "to"] as const).filter((k) => params[k]).length;

  useEffect(() => {
    if ((params.q ?? "") === q.trim()) return;
    const timer = setTimeout(() => onChange({ ...params, q: q.trim() || undefined }), 300);
    return () => clearTimeout(timer);
  }, [q, params, onChange]);

  return (
    <div className="space-y-3">
      <div className="flex gap-2">
        <div className="relative flex-1">
          <label htmlFor={ids.q} className="sr-only">
            Search prompts
          </label>
          <Icon name="search" className="pointer-events-none absolute left-3 top-1/2 size-4 -translate-y-1/2 text-neutral-500" />
          <input id={ids.q} type="search" value={q} onChange={(e) => setQ(e.target.value)} placeholder="Search prompts…" className={`${inputBase} pl-9`} />
        </div>
        <button
          type="button"
          aria-expanded={open}
          aria-controls={ids.panel}
          onClick={() => setOpen((o) => !o)}
          className={cn(
            "inline-flex items-center gap-2 rounded-lg border px-3 text-sm transition-colors",
            open || active ? "border-accent/50 text-white" : "border-white/10 text-neutral-300 hover:text-white",
          )}
        >
          <Icon name="sliders" />
          Filters{active > 0 && <span className="rounded-full bg-accent-strong px-1.5 text-xs text-white">{active}</span>}
        </button>
      </div>
      <div id={ids.panel} hidden={!open} className="rounded-xl border border-white/5 bg-ink-900 p-3">
        <div className="flex flex-wrap gap-3">
          <Select label="Member" name="member" value={params.member} options={members.map((m) => [m.id, m.name] as const)} onChange={set} />
          <Select label="Type" name="kind" value={params.kind} options={KINDS} onChange={set} />
          <Select label="Status" name="status" value={params.status} options={STATUSES} onChange={set} />
          <Select label="Aspect ratio" name="ar" value={params.ar} options={ASPECT_PRESETS.map((a) => [a, a] as const)} onChange={set} />
          <Select label="Vendor" name="connection" value={params.connection} options={connections.map((c) => [c.id, c.name] as const)} onChange={set} />
          <DateField label="From" name="from" value={params.from} max={params.to} onChange={set} />
          <DateField label="To" name="to" value={params.to} min={params.from} onChange={set} />
        </div>
        {active > 0 && (
          <button type="button" onClick={() => onChange({ q: params.q, view: params.view })} className="mt-3 text-sm text-neutral-400 hover:text-white">
            Clear filters
          </button>
        )}
      </div>
    </div>
  );
}
