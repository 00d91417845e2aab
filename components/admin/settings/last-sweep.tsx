import type { RetentionOverviewDTO } from "@/lib/dto/admin";
import { LocalTime } from "@/components/admin/local-time";
import { panel } from "@/components/ui/styles";

const count = (n: number) => n.toLocaleString("en");

/** When the retention sweep last ran and what it removed. */
export function LastSweep({ sweep }: { sweep: RetentionOverviewDTO["lastSweep"] }) {
  return (
    <section aria-labelledby="last-sweep-heading" className={`${panel} p-4`}>
      <h2 id="last-sweep-heading" className="text-base font-semibold">
        Last clean-up
      </h2>
      {sweep ? (
        <p className="mt-2 text-sm text-neutral-300">
          <LocalTime iso={sweep.at} />: removed {count(sweep.removed.audit)} audit entries, {count(sweep.removed.webhookEvents)} webhook callbacks,{" "}
          {count(sweep.removed.jobEvents)} live-update events and {count(sweep.removed.rateCounters)} rate-limit counters.
        </p>
      ) : (
        <p className="mt-2 text-sm text-neutral-400">Not yet: the first sweep runs a minute after the studio starts, then every hour.</p>
      )}
    </section>
  );
}
