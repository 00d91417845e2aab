// GET a JSON resource of the studio; a failed response becomes an Error carrying the
// server's own user-facing sentence ({ error }) and the HTTP status.
export class FetchError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
    this.name = "FetchError";
  }
}

export async function fetchJson<T>(url: string, init?: RequestInit): Promise<T> {
  const response = await fetch(url, { ...init, headers: { accept: "application/json", ...init?.headers } });
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as { error?: string } | null;
    throw new FetchError(body?.error ?? `The studio answered ${response.status}.`, response.status);
  }
  return (await response.json()) as T;
}
