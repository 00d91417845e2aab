export function StatTile({ label, value, detail, tone }: { label: string; value: number; detail?: string; tone?: "warn" }) {
  return (
    <div className="rounded-xl border border-white/5 bg-ink-850 px-3 py-2.5">
      <dt className="text-xs text-neutral-400">{label}</dt>
      <dd className="mt-0.5 text-xl font-semibold tabular-nums text-white">{value.toLocaleString("en")}</dd>
      {detail && <dd className={`text-xs ${tone === "warn" ? "text-amber-300" : "text-neutral-500"}`}>{detail}</dd>}
    </div>
  );
}
