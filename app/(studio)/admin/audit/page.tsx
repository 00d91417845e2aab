import type { Metadata } from "next";
import Link from "next/link";
import { getAdminPageUser } from "@/lib/auth/admin-page";
import { listAuditActions } from "@/lib/data/audit/list-audit-actions";
import { listAuditLog } from "@/lib/data/audit/list-audit-log";
import { auditFiltersSchema, type AuditFilters } from "@/lib/schemas/reports";
import { Forbidden } from "@/components/ui/forbidden";
import { buttonClasses } from "@/components/ui/styles";
import { AdminHeader } from "@/components/admin/admin-header";
import { AuditFiltersForm } from "@/components/admin/audit/audit-filters";
import { AuditList } from "@/components/admin/audit/audit-list";
import { panel } from "@/components/ui/styles";

export const metadata: Metadata = { title: "Audit log · Admin" };

function pageHref(filters: AuditFilters, cursor: { before?: number; after?: number }): string {
  const params = new URLSearchParams();
  for (const key of ["action", "actor", "from", "to"] as const) if (filters[key]) params.set(key, filters[key]!);
  if (cursor.before) params.set("before", String(cursor.before));
  if (cursor.after !== undefined) params.set("after", String(cursor.after));
  return `/admin/audit?${params}`;
}

export default async function AuditPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await getAdminPageUser("/admin/audit");
  if (!user) return <Forbidden />;
  const filters = auditFiltersSchema.parse(await searchParams);
  const [page, actions] = await Promise.all([listAuditLog(user, filters), listAuditActions(user)]);
  return (
    <>
      <AdminHeader
        title="Audit log"
        description="Everything security-relevant, append-only: sign-ins and failures, role changes, connection and budget changes, deletions. Never a key."
      />
      <AuditFiltersForm filters={filters} actions={actions} />
      <div className={`${panel} mt-4 px-4`}>
        <AuditList items={page.items} />
      </div>
      <nav aria-label="Audit log pages" className="mt-4 flex justify-between gap-2">
        {page.newerCursor !== null ? (
          <Link href={pageHref(filters, { after: page.newerCursor })} className={buttonClasses("secondary")}>
            Newer
          </Link>
        ) : (
          <span />
        )}
        {page.olderCursor !== null && (
          <Link href={pageHref(filters, { before: page.olderCursor })} className={buttonClasses("secondary")}>
            Older
          </Link>
        )}
      </nav>
    </>
  );
}
