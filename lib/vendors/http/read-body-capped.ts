import { readStreamCapped } from "@/lib/http/read-stream-capped";
import { VendorError } from "../vendor-error";

/**
 * Reads a response body as a stream and stops at maxBytes, so a vendor (or anything posing as
 * one) cannot make the server buffer an unbounded answer.
 */
export function readBodyCapped(response: Response, maxBytes: number, what: string): Promise<Buffer> {
  return readStreamCapped(
    response.body,
    response.headers.get("content-length"),
    maxBytes,
    (size) =>
      new VendorError(
        "VENDOR_ERROR",
        size === null ? `The ${what} is larger than the ${maxBytes} bytes allowed.` : `The ${what} is ${size} bytes, more than the ${maxBytes} allowed.`,
        { httpStatus: response.status },
      ),
  );
}
