import type { Metadata } from "next";
import { getAdminPageUser } from "@/lib/auth/admin-page";
import { listBudgets } from "@/lib/data/budgets/list-budgets";
import { listTeamOptions } from "@/lib/data/teams/list-team-options";
import { aggregateUsage } from "@/lib/data/usage/aggregate-usage";
import { loadUsage } from "@/lib/data/usage/load-usage";
import { usageRangeSchema } from "@/lib/schemas/reports";
import { Forbidden } from "@/components/ui/forbidden";
import { AdminHeader } from "@/components/admin/admin-header";
import { panel } from "@/components/ui/styles";
import { StatTile } from "@/components/admin/overview/stat-tile";
import { BudgetTable } from "@/components/admin/usage/budget-table";
import { UsageChart } from "@/components/admin/usage/usage-chart";
import { UsageRangeForm } from "@/components/admin/usage/usage-range-form";
import { UsageTable } from "@/components/admin/usage/usage-table";

export const metadata: Metadata = { title: "Usage · Admin" };

export default async function UsagePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await getAdminPageUser("/admin/usage");
  if (!user) return <Forbidden />;
  const range = usageRangeSchema.parse(await searchParams);
  const [{ from, to, jobs, names }, budgets, teams] = await Promise.all([loadUsage(user, range), listBudgets(user), listTeamOptions(user)]);
  const report = aggregateUsage(jobs, names, from, to);
  return (
    <>
      <AdminHeader
        title="Usage and budgets"
        description="Daily limits per person and per team, and what the studio used. Days are UTC days, like the budgets."
      />

      <section aria-labelledby="budgets-heading">
        <h2 id="budgets-heading" className="mb-1 text-lg font-semibold">
          Daily budgets
        </h2>
        <p className="mb-3 text-sm text-neutral-400">
          A job that would go over a limit is refused before it reaches the vendor, with a message saying so. A job reserves its connection&apos;s price for its
          kind when it is queued; the vendor&apos;s own charge replaces that once known. Failed jobs do not count.
        </p>
        <div className="grid gap-4 xl:grid-cols-2">
          <BudgetTable title="Teams" rows={budgets.teams} />
          <BudgetTable title="People" rows={budgets.users} />
        </div>
      </section>

      <section aria-labelledby="usage-heading" className="mt-8">
        <h2 id="usage-heading" className="mb-3 text-lg font-semibold">
          Usage
        </h2>
        <UsageRangeForm from={from} to={to} teamId={range.teamId} teams={teams} />
        <div className={`${panel} mt-4 p-4`}>
          <dl className="mb-4 grid grid-cols-2 gap-3 sm:grid-cols-4">
            <StatTile label="Jobs" value={report.totals.jobs} />
            <StatTile label="Failed" value={report.totals.failed} tone={report.totals.failed ? "warn" : undefined} />
            <StatTile label="Charged units" value={report.totals.quota} />
            <StatTile label="Reserved units" value={report.totals.reserved} />
          </dl>
          <UsageChart days={report.byDay} />
        </div>
        <div className="mt-4 grid gap-4 lg:grid-cols-2">
          <UsageTable title="By member" firstColumn="Member" rows={report.byMember} />
          <UsageTable title="By action type" firstColumn="Action" rows={report.byActionType} />
          <UsageTable title="By connection" firstColumn="Connection" rows={report.byConnection} />
          <UsageTable title="By team" firstColumn="Team" rows={report.byTeam} />
        </div>
        <div className="mt-4">
          <UsageTable title="By day" firstColumn="Day (UTC)" rows={report.byDay.filter((d) => d.jobs > 0).reverse()} />
        </div>
      </section>
    </>
  );
}
