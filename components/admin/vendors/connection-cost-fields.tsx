"use client";

import { COST_KIND_LABELS, COST_KINDS, DEFAULT_ACTION_COSTS, type ActionCosts } from "@/lib/jobs/job-cost";
import { fieldHint, fieldInput } from "@/components/ui/styles";

/**
 * A connection's price per kind of job, in budget units: what a job reserves against daily
 * budgets while it runs (the vendor's own charge replaces it where the vendor reports one, as
 * TTAPI does). Blank means the studio's default, shown as the placeholder.
 */
export function ConnectionCostFields({ costs }: { costs?: ActionCosts }) {
  return (
    <details className="rounded-lg border border-white/10 px-3 py-2" open={Boolean(costs && Object.keys(costs).length)}>
      <summary className="cursor-pointer text-sm font-medium text-neutral-300">Prices for budgets</summary>
      <p className={fieldHint}>
        Budget units each kind of job reserves while it runs. Blank uses the default shown. Where the vendor reports its real charge (TTAPI), that replaces the
        price once the job is done.
      </p>
      <div className="mt-2 grid grid-cols-2 gap-x-4 gap-y-2 sm:grid-cols-3">
        {COST_KINDS.map((kind) => (
          <label key={kind} className="text-xs text-neutral-400">
            {COST_KIND_LABELS[kind]}
            <input
              name={`cost:${kind}`}
              type="number"
              min={0}
              step="any"
              inputMode="decimal"
              placeholder={String(DEFAULT_ACTION_COSTS[kind])}
              defaultValue={costs?.[kind] ?? ""}
              aria-label={`Price of ${COST_KIND_LABELS[kind]} in budget units`}
              className={`${fieldInput} mt-1 px-2 py-1.5`}
            />
          </label>
        ))}
      </div>
    </details>
  );
}

/** The prices typed in the form: only the kinds given (an unreadable entry is left to the server's check). */
export function readCostFields(data: FormData): ActionCosts {
  const costs: ActionCosts = {};
  for (const kind of COST_KINDS) {
    const text = String(data.get(`cost:${kind}`) ?? "").trim();
    if (text) costs[kind] = Number(text);
  }
  return costs;
}
