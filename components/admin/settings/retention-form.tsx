"use client";

import { setRetentionSettingsAction } from "@/lib/actions/set-retention-settings-action";
import type { RetentionOverviewDTO } from "@/lib/dto/admin";
import { Button } from "@/components/ui/button";
import { ActionMessage } from "@/components/admin/action-message";
import { fieldHint, fieldInput, fieldLabel, panel } from "@/components/ui/styles";
import { useAdminAction } from "@/components/admin/use-admin-action";

type Field = keyof RetentionOverviewDTO["settings"];

const FIELDS: { name: Field; label: string; hint: string; rows: keyof RetentionOverviewDTO["rows"]; min: number; max: number }[] = [
  { name: "auditDays", label: "Audit log", hint: "Sign-ins, role, connection and budget changes, deletions.", rows: "audit", min: 7, max: 3650 },
  { name: "webhookEventDays", label: "Webhook callbacks", hint: "Raw vendor callbacks, kept to debug a vendor.", rows: "webhookEvents", min: 1, max: 365 },
  { name: "jobEventDays", label: "Live-update events", hint: "What a reconnecting browser catches up on.", rows: "jobEvents", min: 1, max: 365 },
  {
    name: "rateCounterDays",
    label: "Rate-limit counters",
    hint: "Sign-in attempt counters; their windows are minutes long.",
    rows: "rateCounters",
    min: 1,
    max: 365,
  },
];

/** How many days each growing table keeps its rows; the hourly sweep removes older ones. */
export function RetentionForm({ overview }: { overview: RetentionOverviewDTO }) {
  const { run, pending, error, notice } = useAdminAction();
  return (
    <section aria-labelledby="retention-heading" className={`${panel} p-4`}>
      <h2 id="retention-heading" className="text-base font-semibold">
        Data retention
      </h2>
      <p className="mt-1 text-sm text-neutral-400">
        Records older than this are removed by a sweep that runs every hour. Images and jobs are never removed by it.
      </p>
      <form
        aria-label="Data retention"
        className="mt-4 grid gap-4 sm:grid-cols-2"
        onSubmit={(event) => {
          event.preventDefault();
          const data = new FormData(event.currentTarget);
          const value = (name: Field) => String(data.get(name) ?? "");
          void run(
            "retention",
            () =>
              setRetentionSettingsAction({
                auditDays: value("auditDays"),
                webhookEventDays: value("webhookEventDays"),
                jobEventDays: value("jobEventDays"),
                rateCounterDays: value("rateCounterDays"),
              }),
            () => "Saved. The next sweep uses the new retention.",
          );
        }}
      >
        {FIELDS.map((field) => (
          <div key={field.name}>
            <label htmlFor={`retention-${field.name}`} className={fieldLabel}>
              {field.label} (days)
            </label>
            <input
              id={`retention-${field.name}`}
              name={field.name}
              type="number"
              inputMode="numeric"
              required
              min={field.min}
              max={field.max}
              step={1}
              defaultValue={overview.settings[field.name]}
              aria-describedby={`retention-${field.name}-hint`}
              className={fieldInput}
            />
            <p id={`retention-${field.name}-hint`} className={fieldHint}>
              {field.hint} Default {overview.defaults[field.name]}; {overview.rows[field.rows].toLocaleString("en")} rows now.
            </p>
          </div>
        ))}
        <div className="flex flex-wrap items-center gap-3 sm:col-span-2">
          <Button type="submit" disabled={pending !== null}>
            {pending ? "Saving…" : "Save retention"}
          </Button>
          <ActionMessage error={error} notice={notice} />
        </div>
      </form>
    </section>
  );
}
