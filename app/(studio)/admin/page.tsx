import type { Metadata } from "next";
import Link from "next/link";
import { getAdminPageUser } from "@/lib/auth/admin-page";
import { env } from "@/lib/env";
import { getJobEngine } from "@/lib/jobs/engine-instance";
import { getStudioCounts } from "@/lib/data/admin/get-studio-counts";
import { listAdminConnections } from "@/lib/data/connections/list-admin-connections";
import { Forbidden } from "@/components/ui/forbidden";
import { AdminHeader } from "@/components/admin/admin-header";
import { ConnectionHealthList } from "@/components/admin/overview/connection-health-list";
import { DeliveryMode } from "@/components/admin/overview/delivery-mode";
import { StatTile } from "@/components/admin/overview/stat-tile";
import { panel } from "@/components/ui/styles";

export const metadata: Metadata = { title: "Admin" };

const SECTIONS = [
  { href: "/admin/vendors", title: "Vendors", text: "Connect vendor accounts, set concurrency and rate limits, test keys." },
  { href: "/admin/users", title: "People", text: "Invite people, make admins, disable accounts." },
  { href: "/admin/teams", title: "Teams", text: "Create teams, add and remove members, set team owners." },
  { href: "/admin/usage", title: "Usage", text: "Daily budgets per person and team; usage by member, action and vendor; CSV." },
  { href: "/admin/audit", title: "Audit log", text: "Sign-ins, role changes, connection and budget changes, deletions." },
  { href: "/admin/settings", title: "Settings", text: "How long the audit log, webhook callbacks and live-update events are kept." },
];

export default async function AdminPage() {
  const user = await getAdminPageUser("/admin");
  if (!user) return <Forbidden />;
  const [counts, connections] = await Promise.all([getStudioCounts(user), listAdminConnections(user)]);
  const { PUBLIC_URL, POLL_INTERVAL_MS } = env();
  const webhooks = getJobEngine()?.webhooksEnabled ?? Boolean(PUBLIC_URL);
  return (
    <>
      <AdminHeader title="Admin" description="Vendor connections, people, teams, usage and the audit log." />
      <div className="grid gap-4 lg:grid-cols-[1fr_1.4fr]">
        <DeliveryMode webhooks={webhooks} publicUrl={PUBLIC_URL} pollIntervalMs={POLL_INTERVAL_MS} />
        <section aria-labelledby="studio-numbers" className={`${panel} p-4`}>
          <h2 id="studio-numbers" className="mb-3 text-sm font-semibold text-neutral-200">
            Today in the studio
          </h2>
          <dl className="grid grid-cols-2 gap-3 sm:grid-cols-3">
            <StatTile
              label="People"
              value={counts.people}
              detail={`${counts.admins} admin${counts.admins === 1 ? "" : "s"}${counts.disabled ? ` · ${counts.disabled} disabled` : ""}`}
            />
            <StatTile label="Teams" value={counts.teams} />
            <StatTile label="Pending invites" value={counts.pendingInvites} />
            <StatTile
              label="Jobs today"
              value={counts.jobsToday}
              detail={counts.failedToday ? `${counts.failedToday} failed` : undefined}
              tone={counts.failedToday ? "warn" : undefined}
            />
            <StatTile label="Failed sign-ins today" value={counts.failedSignInsToday} tone={counts.failedSignInsToday > 20 ? "warn" : undefined} />
            <StatTile label="Connections" value={connections.filter((c) => c.status === "ACTIVE").length} detail="active" />
          </dl>
        </section>
      </div>
      <ConnectionHealthList connections={connections} />
      <section aria-labelledby="admin-sections" className="mt-6">
        <h2 id="admin-sections" className="sr-only">
          Sections
        </h2>
        <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
          {SECTIONS.map((section) => (
            <li key={section.href}>
              <Link href={section.href} className={`${panel} block h-full p-4 transition-colors hover:border-white/15 hover:bg-ink-850`}>
                <span className="text-sm font-semibold text-white">{section.title}</span>
                <span className="mt-1 block text-sm text-neutral-400">{section.text}</span>
              </Link>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
