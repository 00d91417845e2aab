import { fieldInput, fieldLabel, fieldSelect } from "@/components/ui/styles";
import { buttonClasses } from "@/components/ui/styles";
import { Options } from "@/components/ui/options";

/** A plain GET form: the range lives in the URL, so a report can be bookmarked and shared. */
export function UsageRangeForm({ from, to, teamId, teams }: { from: string; to: string; teamId?: string; teams: { id: string; name: string }[] }) {
  const csv = `/api/admin/usage/csv?${new URLSearchParams({ from, to, ...(teamId ? { teamId } : {}) })}`;
  return (
    <form method="get" className="flex flex-wrap items-end gap-3">
      <div>
        <label htmlFor="usage-from" className={fieldLabel}>
          From
        </label>
        <input id="usage-from" name="from" type="date" defaultValue={from} className={fieldInput} />
      </div>
      <div>
        <label htmlFor="usage-to" className={fieldLabel}>
          To
        </label>
        <input id="usage-to" name="to" type="date" defaultValue={to} className={fieldInput} />
      </div>
      <div className="min-w-40">
        <label htmlFor="usage-team" className={fieldLabel}>
          Team
        </label>
        <select id="usage-team" name="teamId" defaultValue={teamId ?? ""} className={fieldSelect}>
          <option value="">All teams</option>
          <Options items={teams.map((t) => ({ value: t.id, label: t.name }))} />
        </select>
      </div>
      <button type="submit" className={buttonClasses("secondary")}>
        Show
      </button>
      <a href={csv} download className={buttonClasses("ghost")}>
        Download CSV
      </a>
    </form>
  );
}
