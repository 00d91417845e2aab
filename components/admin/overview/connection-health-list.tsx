import Link from "next/link";
import type { AdminConnectionDTO } from "@/lib/dto/admin";
import { cn, panel } from "@/components/ui/styles";
import { ConnectionStatusBadge } from "@/components/admin/vendors/connection-status-badge";
import { healthSummary } from "@/components/admin/vendors/health-summary";

/** One line per connection: its status and how its jobs are doing. */
export function ConnectionHealthList({ connections }: { connections: AdminConnectionDTO[] }) {
  return (
    <section aria-labelledby="connection-health" className={`${panel} mt-4 p-4`}>
      <div className="mb-3 flex items-center justify-between gap-2">
        <h2 id="connection-health" className="text-sm font-semibold text-neutral-200">
          Connection health
        </h2>
        <Link href="/admin/vendors" className="text-sm text-accent hover:underline">
          Manage vendors
        </Link>
      </div>
      <ul className="divide-y divide-white/5">
        {connections.map((c) => {
          const health = healthSummary(c.health);
          return (
            <li key={c.id} className="flex flex-wrap items-center gap-x-3 gap-y-1 py-2.5 text-sm">
              <span className="min-w-0 font-medium text-white">{c.name}</span>
              <ConnectionStatusBadge connection={c} />
              <span
                className={cn(
                  "w-full text-xs sm:ml-auto sm:w-auto",
                  health.tone === "bad" ? "text-red-300" : health.tone === "warn" ? "text-amber-300" : "text-neutral-400",
                )}
              >
                {health.text}
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
