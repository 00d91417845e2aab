// Reads a request body up to a byte limit (413 beyond it).
import { AppError } from "@/lib/errors";
import { readStreamCapped } from "./read-stream-capped";

export function readBodyCapped(request: Request, maxBytes: number): Promise<Buffer> {
  return readStreamCapped(
    request.body,
    request.headers.get("content-length"),
    maxBytes,
    () => new AppError("PAYLOAD_TOO_LARGE", `The body is larger than ${maxBytes} bytes.`),
  );
}
