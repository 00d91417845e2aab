// Reads a request body as JSON without throwing: vendors answer bad JSON with their own
// "parameter error" envelope, so the caller decides how to report it.

export type JsonBodyResult = { ok: true; value: unknown; raw: string } | { ok: false; raw: string };

export async function readJsonBody(request: Request): Promise<JsonBodyResult> {
  const raw = await request.text();
  if (!raw.trim()) return { ok: false, raw };
  try {
    return { ok: true, value: JSON.parse(raw) as unknown, raw };
  } catch {
    return { ok: false, raw };
  }
}
