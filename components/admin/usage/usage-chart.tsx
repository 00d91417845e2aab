import type { UsageBucketDTO } from "@/lib/dto/admin";

const HEIGHT = 160;
const GAP = 0.25;

/** Jobs per day as SVG bars (failed ones in red on top), scaled to the busiest day. */
export function UsageChart({ days }: { days: UsageBucketDTO[] }) {
  const max = Math.max(1, ...days.map((d) => d.jobs));
  const total = days.reduce((sum, d) => sum + d.jobs, 0);
  const width = Math.max(days.length, 1);
  const labelEvery = Math.ceil(days.length / 8);
  const firstLabel = (days.length - 1) % labelEvery;
  const short = (day: string) => new Date(`${day}T00:00:00Z`).toLocaleDateString("en-GB", { day: "numeric", month: "short", timeZone: "UTC" });
  return (
    <figure className="m-0">
      <svg
        role="img"
        aria-label={`Jobs per day from ${days[0]?.key ?? ""} to ${days.at(-1)?.key ?? ""}: ${total} in total, at most ${max} on one day.`}
        viewBox={`0 0 ${width} ${HEIGHT}`}
        preserveAspectRatio="none"
        className="h-40 w-full overflow-visible"
      >
        {[0.25, 0.5, 0.75, 1].map((f) => (
          <line
            key={f}
            x1={0}
            x2={width}
            y1={HEIGHT - f * HEIGHT}
            y2={HEIGHT - f * HEIGHT}
            stroke="rgba(255,255,255,0.06)"
            strokeWidth={1}
            vectorEffect="non-scaling-stroke"
          />
        ))}
        {days.map((d, i) => {
          const ok = ((d.jobs - d.failed) / max) * HEIGHT;
          const bad = (d.failed / max) * HEIGHT;
          return (
            <g key={d.key}>
              <title>{`${d.key}: ${d.jobs} job${d.jobs === 1 ? "" : "s"}${d.failed ? `, ${d.failed} failed` : ""}, ${d.quota} quota units`}</title>
              <rect x={i + GAP / 2} width={1 - GAP} y={HEIGHT - ok} height={ok} fill="#7461f3" rx={0.08} />
              {bad > 0 && <rect x={i + GAP / 2} width={1 - GAP} y={HEIGHT - ok - bad} height={bad} fill="#f87171" />}
            </g>
          );
        })}
      </svg>
      <div aria-hidden className="mt-1 flex text-[10px] text-neutral-500">
        {days.map((d, i) => (
          // Counted from the last day, so the latest is always labelled; a phone has room for two labels.
          <span key={d.key} className={`flex-1 whitespace-nowrap text-center ${i === firstLabel || i === days.length - 1 ? "" : "max-sm:invisible"}`}>
            {(days.length - 1 - i) % labelEvery === 0 ? short(d.key) : ""}
          </span>
        ))}
      </div>
      <figcaption className="mt-2 flex flex-wrap gap-4 text-xs text-neutral-400">
        <span className="inline-flex items-center gap-1.5">
          <span aria-hidden className="size-2.5 rounded-sm bg-accent-strong" /> Jobs
        </span>
        <span className="inline-flex items-center gap-1.5">
          <span aria-hidden className="size-2.5 rounded-sm bg-red-400" /> Failed
        </span>
        <span>Busiest day: {max === 1 && total === 0 ? 0 : max}</span>
      </figcaption>
    </figure>
  );
}
