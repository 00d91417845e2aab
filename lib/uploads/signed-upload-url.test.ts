import { describe, expect, it } from "vitest";
import { signedUploadUrl, verifyUploadSignature } from "./signed-upload-url";

process.env.NEXTAUTH_SECRET ??= "unit-test-secret-of-at-least-32-characters";

describe("signed upload links", () => {
  it("links a loopback vendor to the studio on loopback, and verifies", () => {
    const url = new URL(signedUploadUrl("uploads/u1/a.png", "http://127.0.0.1:3000/sim/ttapi")!);
    expect(url.origin).toBe("http://127.0.0.1:3000");
    expect(verifyUploadSignature("uploads/u1/a.png", url.searchParams.get("exp"), url.searchParams.get("sig"))).toBe(true);
  });

  it("refuses another key, a changed signature and an expired link", () => {
    const url = new URL(signedUploadUrl("uploads/u1/a.png", "http://127.0.0.1:3000/sim/ttapi", 0)!);
    const exp = url.searchParams.get("exp");
    const sig = url.searchParams.get("sig")!;
    expect(verifyUploadSignature("uploads/u1/a.png", exp, sig, 0)).toBe(true);
    expect(verifyUploadSignature("uploads/u2/a.png", exp, sig, 0)).toBe(false);
    expect(verifyUploadSignature("uploads/u1/a.png", exp, `${sig.slice(0, -1)}A`, 0)).toBe(false);
    expect(verifyUploadSignature("uploads/u1/a.png", exp, sig, Date.now())).toBe(false);
  });

  it("has no link for a remote vendor when the studio has no public address", () => {
    expect(signedUploadUrl("uploads/u1/a.png", "https://api.ttapi.io")).toBeNull();
  });
});
