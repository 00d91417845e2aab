import { VendorError } from "../vendor-error";

/**
 * Reads a response body as a stream and stops at maxBytes, so a vendor (or anything posing as
 * one) cannot make the server buffer an unbounded answer.
 */
export async function readBodyCapped(response: Response, maxBytes: number, what: string): Promise<Buffer> {
  const declared = Number(response.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > maxBytes) {
    await response.body?.cancel().catch(() => undefined);
    throw new VendorError("VENDOR_ERROR", `The ${what} is ${declared} bytes, more than the ${maxBytes} allowed.`, { httpStatus: response.status });
  }
  if (!response.body) return Buffer.alloc(0);
  const reader = response.body.getReader();
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw new VendorError("VENDOR_ERROR", `The ${what} is larger than the ${maxBytes} bytes allowed.`, { httpStatus: response.status });
    }
    chunks.push(Buffer.from(value));
  }
  return Buffer.concat(chunks, total);
}
