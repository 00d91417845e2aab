// Reads a body stream up to a byte limit, so a huge or endless body (a request to us, or a
// vendor's answer) can never make the server buffer it all. `tooLarge` makes the error the
// caller wants to throw.
export async function readStreamCapped(
  body: ReadableStream<Uint8Array> | null,
  declaredLength: string | null,
  maxBytes: number,
  tooLarge: (size: number | null) => Error,
): Promise<Buffer> {
  const declared = Number(declaredLength);
  if (declaredLength && Number.isFinite(declared) && declared > maxBytes) {
    await body?.cancel().catch(() => undefined);
    throw tooLarge(declared);
  }
  if (!body) return Buffer.alloc(0);
  const reader = body.getReader();
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge(null);
    }
    chunks.push(Buffer.from(value));
  }
  return Buffer.concat(chunks, total);
}
