"use client";

import type { BudgetRowDTO } from "@/lib/dto/admin";
import { setBudgetAction } from "@/lib/actions/set-budget-action";
import { ActionMessage } from "@/components/admin/action-message";
import { fieldInput, panel, smallButton } from "@/components/ui/styles";
import { useAdminAction } from "@/components/admin/use-admin-action";

function used(row: BudgetRowDTO): string {
  const jobs = `${row.today.jobs}${row.jobsPerDay !== null ? ` of ${row.jobsPerDay}` : ""} job${(row.jobsPerDay ?? row.today.jobs) === 1 ? "" : "s"}`;
  // Units counted against the budget: charged by vendors, plus reserved by jobs still in flight.
  const reserved = row.today.reserved ? ` (${row.today.reserved} reserved)` : "";
  const quota =
    row.quotaPerDay !== null || row.today.quota ? ` · ${row.today.quota}${row.quotaPerDay !== null ? ` of ${row.quotaPerDay}` : ""} units${reserved}` : "";
  return jobs + quota;
}

/** Daily limits for teams or people, each row saved on its own; empty means no limit. */
export function BudgetTable({ title, rows }: { title: string; rows: BudgetRowDTO[] }) {
  const { run, pending, error, notice } = useAdminAction();
  const id = `budgets-${title.toLowerCase()}`;
  return (
    <section aria-labelledby={id} className={`${panel} min-w-0 p-4`}>
      <h3 id={id} className="text-sm font-semibold text-neutral-200">
        {title}
      </h3>
      <ActionMessage error={error} notice={notice} className="mt-2" />
      <ul className="mt-2 divide-y divide-white/5">
        {rows.map((row) => {
          const over = (row.jobsPerDay !== null && row.today.jobs >= row.jobsPerDay) || (row.quotaPerDay !== null && row.today.quota >= row.quotaPerDay);
          return (
            <li key={row.scopeId}>
              <form
                aria-label={`Daily budget for ${row.label}`}
                className="grid grid-cols-2 items-end gap-2 py-3 sm:grid-cols-[minmax(0,1fr)_6.5rem_6.5rem_auto]"
                onSubmit={(event) => {
                  event.preventDefault();
                  const data = new FormData(event.currentTarget);
                  void run(
                    row.scopeId,
                    () =>
                      setBudgetAction({
                        scope: row.scope,
                        scopeId: row.scopeId,
                        jobsPerDay: String(data.get("jobsPerDay") ?? ""),
                        quotaPerDay: String(data.get("quotaPerDay") ?? ""),
                      }),
                    () => `Saved the daily budget for ${row.label}.`,
                  );
                }}
              >
                <div className="col-span-2 min-w-0 sm:col-span-1">
                  <p className="truncate text-sm text-white" title={row.detail}>
                    {row.label}
                  </p>
                  {row.detail !== row.label && <p className="truncate text-xs text-neutral-500">{row.detail}</p>}
                  <p className={`truncate text-xs ${over ? "text-amber-300" : "text-neutral-400"}`}>Today: {used(row)}</p>
                </div>
                <label className="text-xs text-neutral-500">
                  Jobs / day
                  <input
                    name="jobsPerDay"
                    type="number"
                    min={0}
                    step={1}
                    inputMode="numeric"
                    placeholder="No limit"
                    defaultValue={row.jobsPerDay ?? ""}
                    aria-label={`Jobs per day for ${row.label}`}
                    className={`${fieldInput} mt-1 px-2 py-1.5`}
                  />
                </label>
                <label className="text-xs text-neutral-500">
                  Quota / day
                  <input
                    name="quotaPerDay"
                    type="number"
                    min={0}
                    step="any"
                    inputMode="decimal"
                    placeholder="No limit"
                    defaultValue={row.quotaPerDay ?? ""}
                    aria-label={`Quota units per day for ${row.label}`}
                    className={`${fieldInput} mt-1 px-2 py-1.5`}
                  />
                </label>
                <button
                  type="submit"
                  aria-label={`Save the budget for ${row.label}`}
                  className={`${smallButton} col-span-2 h-[34px] sm:col-span-1`}
                  disabled={pending !== null}
                >
                  {pending === row.scopeId ? "Saving…" : "Save"}
                </button>
              </form>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
