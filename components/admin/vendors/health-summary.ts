import type { ConnectionHealthDTO } from "@/lib/dto/admin";

/** A connection's health in one line: "2 running · 1 queued · 0 failed in 24 h · 14 s on average". */
export function healthSummary(health: ConnectionHealthDTO): { text: string; tone: "ok" | "warn" | "bad" } {
  const parts = [`${health.running} running`, `${health.queued} queued`, `${health.failed24h} failed in 24 h`];
  parts.push(health.avgSeconds === null ? "no finished jobs in 24 h" : `${formatSeconds(health.avgSeconds)} on average`);
  const total = health.failed24h + health.succeeded24h;
  const tone = health.failed24h === 0 ? "ok" : total > 0 && health.failed24h / total >= 0.5 ? "bad" : "warn";
  return { text: parts.join(" · "), tone };
}

export function formatSeconds(seconds: number): string {
  if (seconds < 90) return `${Math.round(seconds * 10) / 10} s`;
  const minutes = Math.floor(seconds / 60);
  return `${minutes} min ${Math.round(seconds - minutes * 60)} s`;
}
