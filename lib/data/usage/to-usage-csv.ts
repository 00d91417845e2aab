import type { UsageRow } from "./usage-types";

const HEADER = ["day", "team", "member", "email", "action_type", "connection", "jobs", "failed", "quota_units"];

/**
 * RFC 4180 CSV. Text a spreadsheet would run as a formula (=, +, -, @ at the start: names are
 * typed by users) is prefixed with an apostrophe.
 */
export function csvField(value: string | number): string {
  let text = String(value);
  if (typeof value === "string" && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toUsageCsv(rows: UsageRow[]): string {
  const lines = [HEADER.join(",")];
  for (const r of rows) {
    lines.push([r.day, r.team, r.member, r.email, r.actionType, r.connection, r.jobs, r.failed, Math.round(r.quota * 100) / 100].map(csvField).join(","));
  }
  return `${lines.join("\r\n")}\r\n`;
}
