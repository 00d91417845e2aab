// The vendor task id a callback body names, for the one case the engine needs it: a job
// whose submit outcome was unknown (the studio died before storing the id). The id is only a
// candidate: the engine fetches that task from the vendor and adopts it only when the
// vendor says it carries this job's notify id.
import type { Protocol } from "./types";

export function taskIdFromCallback(protocol: Protocol, body: string): string | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return undefined;
  }
  if (!parsed || typeof parsed !== "object") return undefined;
  const record = parsed as Record<string, unknown>;
  const candidate =
    protocol === "ttapi"
      ? (record.jobId ?? (record.data && typeof record.data === "object" ? (record.data as Record<string, unknown>).jobId : undefined))
      : record.id;
  return typeof candidate === "string" && /^[A-Za-z0-9_-]{1,128}$/.test(candidate) ? candidate : undefined;
}
