// Vendors report progress as "45", "45%", 45 or nothing at all.

/** A whole number 0-100 from a vendor's progress value; 0 when it cannot be read. */
export function parseProgress(value: unknown): number {
  const number = typeof value === "number" ? value : typeof value === "string" ? Number.parseFloat(value.trim().replace(/%$/, "")) : Number.NaN;
  if (!Number.isFinite(number)) return 0;
  return Math.min(100, Math.max(0, Math.round(number)));
}
