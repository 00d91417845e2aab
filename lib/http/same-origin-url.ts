// Scheme, host and port: where a vendor key is sent. A stored key belongs to the origin it was
// entered for; only a new path on that origin may reuse it.

export function sameOrigin(a: string, b: string): boolean {
  try {
    return new URL(a).origin === new URL(b).origin;
  } catch {
    return false;
  }
}
