// One table of a benchmark's figures per database, side by side, with PostgreSQL's figure divided by
// SQLite's (what moving a studio from SQLite to PostgreSQL changes on this machine).
import type { DatabaseProvider } from "../../lib/database-url";
import { PROVIDER_LABEL } from "./bench-databases";

export interface Figure {
  label: string;
  /** Printed after each value: "ms", "acks/s", "MB", … */
  unit: string;
  values: Partial<Record<DatabaseProvider, number>>;
  digits?: number;
}

const WIDTH = 16;

function cell(value: number | undefined, figure: Figure): string {
  if (value === undefined || Number.isNaN(value)) return "—".padStart(WIDTH);
  return `${value.toFixed(figure.digits ?? 2)}${figure.unit ? ` ${figure.unit}` : ""}`.padStart(WIDTH);
}

export function comparisonTable(title: string, providers: DatabaseProvider[], figures: Figure[]): string {
  const labelWidth = Math.max(20, ...figures.map((f) => f.label.length)) + 2;
  const lines = [title, ""];
  const header = "".padEnd(labelWidth) + providers.map((p) => PROVIDER_LABEL[p].padStart(WIDTH)).join("");
  const both = providers.includes("sqlite") && providers.includes("postgresql");
  lines.push(both ? `${header}${"PG/SQLite".padStart(12)}` : header);
  for (const figure of figures) {
    let line = figure.label.padEnd(labelWidth) + providers.map((p) => cell(figure.values[p], figure)).join("");
    if (both) {
      const sqlite = figure.values.sqlite;
      const postgres = figure.values.postgresql;
      const ratio = sqlite !== undefined && postgres !== undefined && sqlite !== 0 ? (postgres / sqlite).toFixed(2) : "—";
      line += ratio.padStart(12);
    }
    lines.push(line);
  }
  return lines.join("\n");
}
