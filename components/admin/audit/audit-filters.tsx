import { buttonClasses } from "@/components/ui/styles";
import { fieldInput, fieldLabel, fieldSelect } from "@/components/ui/styles";
import type { AuditFilters } from "@/lib/schemas/reports";
import { ACTION_FAMILIES, actionWords } from "./audit-labels";
import { Options } from "@/components/ui/options";

/** A GET form: filters live in the URL, so a filtered view can be bookmarked. */
export function AuditFiltersForm({ filters, actions }: { filters: AuditFilters; actions: string[] }) {
  return (
    <form method="get" className="flex flex-wrap items-end gap-3" aria-label="Filter the audit log">
      <div className="min-w-48 flex-1 basis-48">
        <label htmlFor="audit-action" className={fieldLabel}>
          Action
        </label>
        <select id="audit-action" name="action" defaultValue={filters.action ?? ""} className={fieldSelect}>
          <option value="">Every action</option>
          <optgroup label="Groups">
            <Options items={ACTION_FAMILIES} />
          </optgroup>
          <optgroup label="Actions">
            {actions.map((a) => (
              <option key={a} value={a}>
                {actionWords(a)} ({a})
              </option>
            ))}
          </optgroup>
        </select>
      </div>
      <div className="min-w-48 flex-1 basis-48">
        <label htmlFor="audit-actor" className={fieldLabel}>
          Actor
        </label>
        <input id="audit-actor" name="actor" type="search" defaultValue={filters.actor ?? ""} placeholder="E-mail or part of it" className={fieldInput} />
      </div>
      <div>
        <label htmlFor="audit-from" className={fieldLabel}>
          From
        </label>
        <input id="audit-from" name="from" type="date" defaultValue={filters.from ?? ""} className={fieldInput} />
      </div>
      <div>
        <label htmlFor="audit-to" className={fieldLabel}>
          To
        </label>
        <input id="audit-to" name="to" type="date" defaultValue={filters.to ?? ""} className={fieldInput} />
      </div>
      <button type="submit" className={buttonClasses("secondary")}>
        Filter
      </button>
      <a href="/admin/audit" className={buttonClasses("ghost")}>
        Clear
      </a>
    </form>
  );
}
