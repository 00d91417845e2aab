type Tone = "neutral" | "accent" | "good" | "warn" | "bad";

const tones: Record<Tone, string> = {
  neutral: "border-white/10 bg-white/5 text-neutral-300",
  accent: "border-accent/30 bg-accent/15 text-accent",
  good: "border-emerald-500/25 bg-emerald-500/10 text-emerald-300",
  warn: "border-amber-500/25 bg-amber-500/10 text-amber-300",
  bad: "border-red-500/30 bg-red-500/10 text-red-300",
};

export function Badge({ tone = "neutral", children }: { tone?: Tone; children: React.ReactNode }) {
  return (
    <span className={`inline-flex items-center gap-1 whitespace-nowrap rounded-full border px-2 py-0.5 text-xs font-medium ${tones[tone]}`}>{children}</span>
  );
}
