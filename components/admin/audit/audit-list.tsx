import type { AuditEntryDTO } from "@/lib/dto/admin";
import { Badge } from "@/components/admin/badge";
import { LocalTime } from "@/components/admin/local-time";
import { actionTone, actionWords, detailText } from "./audit-labels";

/** The entries, newest first: when, what, who, on what, with its details. Rows stack on a phone. */
export function AuditList({ items }: { items: AuditEntryDTO[] }) {
  if (items.length === 0) return <p className="py-8 text-center text-sm text-neutral-500">No entries match these filters.</p>;
  return (
    <ol aria-label="Audit entries" className="divide-y divide-white/5">
      {items.map((entry) => {
        const details = Object.entries(entry.details);
        return (
          <li key={entry.id} className="grid gap-1 py-3 text-sm md:grid-cols-[12rem_12.5rem_minmax(0,1fr)] md:gap-4">
            <div className="whitespace-nowrap text-xs text-neutral-500 md:text-[13px]">
              <LocalTime iso={entry.at} withSeconds />
            </div>
            <div className="flex flex-wrap items-center gap-2">
              <Badge tone={actionTone(entry.action)}>{actionWords(entry.action)}</Badge>
              {entry.count > 1 && <span className="text-xs font-medium text-neutral-300">{entry.count.toLocaleString("en")} times</span>}
              <span className="font-mono text-[11px] text-neutral-500">{entry.action}</span>
            </div>
            <div className="min-w-0">
              <p className="break-words text-neutral-200">
                {entry.actorEmail ?? "the studio"}
                {entry.ip && <span className="text-xs text-neutral-500"> · from {entry.ip}</span>}
                {entry.targetType && (
                  <span className="text-xs text-neutral-500">
                    {" "}
                    · on {entry.targetType} <span className="font-mono">{entry.targetId}</span>
                  </span>
                )}
              </p>
              {details.length > 0 && (
                <dl className="mt-1 flex flex-wrap gap-x-3 gap-y-0.5 text-xs text-neutral-400">
                  {details.map(([key, value]) => (
                    <div key={key} className="min-w-0 break-words">
                      <dt className="inline text-neutral-500">{key}: </dt>
                      <dd className="inline">{detailText(value)}</dd>
                    </div>
                  ))}
                </dl>
              )}
            </div>
          </li>
        );
      })}
    </ol>
  );
}
