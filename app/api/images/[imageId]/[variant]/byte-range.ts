// One HTTP byte range (RFC 9110 §14.1.2) of a file of `size` bytes: "bytes=0-", "bytes=100-199",
// "bytes=-500" (the last 500). Several ranges in one request are answered with the whole file
// (null), as the RFC allows; a range that starts past the end is "unsatisfiable" (416).
export function byteRange(header: string | null, size: number): { start: number; end: number } | "unsatisfiable" | null {
  const match = /^bytes=(\d*)-(\d*)$/.exec(header?.trim() ?? "");
  if (!match || (!match[1] && !match[2])) return null;
  if (!match[1]) {
    const suffix = Number(match[2]);
    if (suffix === 0) return "unsatisfiable";
    return { start: Math.max(0, size - suffix), end: size - 1 };
  }
  const start = Number(match[1]);
  const end = match[2] ? Math.min(Number(match[2]), size - 1) : size - 1;
  if (start >= size || end < start) return "unsatisfiable";
  return { start, end };
}
