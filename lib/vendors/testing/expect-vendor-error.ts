import { VendorError } from "../vendor-error";

/** Awaits a promise that must reject with a VendorError, and returns that error. */
export async function expectVendorError(promise: Promise<unknown>): Promise<VendorError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof VendorError) return error;
    throw error;
  }
  throw new Error("expected a VendorError, but the call succeeded");
}
