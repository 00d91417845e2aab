import { dayOf } from "./usage-types";

const DAY_MS = 24 * 60 * 60_000;
export const MAX_USAGE_DAYS = 92;

/** The report's days, inclusive: the last 14 by default, at most 92, oldest first. */
export function resolveUsageRange(range: { from?: string; to?: string }, now = new Date()): { from: string; to: string; start: Date; end: Date } {
  const today = dayOf(now);
  let to = range.to && range.to <= today ? range.to : today;
  let from = range.from ?? dayOf(new Date(Date.parse(`${to}T00:00:00Z`) - 13 * DAY_MS));
  if (from > to) [from, to] = [to, from];
  const start = new Date(`${from}T00:00:00Z`);
  let end = new Date(Date.parse(`${to}T00:00:00Z`) + DAY_MS);
  if (end.getTime() - start.getTime() > MAX_USAGE_DAYS * DAY_MS) {
    end = new Date(start.getTime() + MAX_USAGE_DAYS * DAY_MS);
    to = dayOf(new Date(end.getTime() - DAY_MS));
  }
  return { from, to, start, end };
}

export function daysBetween(from: string, to: string): string[] {
  const days: string[] = [];
  for (let t = Date.parse(`${from}T00:00:00Z`); t <= Date.parse(`${to}T00:00:00Z`); t += DAY_MS) days.push(dayOf(new Date(t)));
  return days;
}
