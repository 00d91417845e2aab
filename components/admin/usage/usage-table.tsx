import type { UsageBucketDTO } from "@/lib/dto/admin";
import { panel } from "@/components/ui/styles";

/**
 * One breakdown of usage (by member, action type, connection, team or day) with a share bar.
 * Units charged and units still reserved by jobs in flight are shown apart.
 */
export function UsageTable({ title, firstColumn, rows }: { title: string; firstColumn: string; rows: UsageBucketDTO[] }) {
  const max = Math.max(1, ...rows.map((r) => r.jobs));
  const id = `usage-${title.toLowerCase().replace(/[^a-z]+/g, "-")}`;
  return (
    <section aria-labelledby={id} className={`${panel} min-w-0 p-4`}>
      <h3 id={id} className="mb-2 text-sm font-semibold text-neutral-200">
        {title}
      </h3>
      {rows.length === 0 ? (
        <p className="text-sm text-neutral-500">No jobs in this period.</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full text-sm">
            <thead>
              <tr className="text-left text-xs text-neutral-500">
                <th scope="col" className="py-1.5 pr-3 font-medium">
                  {firstColumn}
                </th>
                <th scope="col" className="py-1.5 pr-3 text-right font-medium">
                  Jobs
                </th>
                <th scope="col" className="py-1.5 pr-3 text-right font-medium">
                  Failed
                </th>
                <th scope="col" className="py-1.5 pr-3 text-right font-medium">
                  Charged units
                </th>
                <th scope="col" className="py-1.5 text-right font-medium">
                  Reserved units
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-white/5">
              {rows.map((row) => (
                <tr key={row.key}>
                  <th scope="row" className="max-w-0 py-1.5 pr-3 text-left font-normal text-neutral-200">
                    <span className="block truncate" title={row.label}>
                      {row.label}
                    </span>
                    <span
                      aria-hidden
                      className="mt-1 block h-1 rounded-full bg-accent-strong/60"
                      style={{ width: `${row.jobs ? Math.max(2, (row.jobs / max) * 100) : 0}%` }}
                    />
                  </th>
                  <td className="py-1.5 pr-3 text-right tabular-nums">{row.jobs}</td>
                  <td className={`py-1.5 pr-3 text-right tabular-nums ${row.failed ? "text-red-300" : "text-neutral-500"}`}>{row.failed}</td>
                  <td className="py-1.5 pr-3 text-right tabular-nums">{row.quota}</td>
                  <td className={`py-1.5 text-right tabular-nums ${row.reserved ? "" : "text-neutral-500"}`}>{row.reserved}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
