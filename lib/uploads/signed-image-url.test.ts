import { describe, expect, it } from "vitest";
import { signedImageUrl, verifyImageSignature } from "./signed-image-url";
import { signedUploadUrl, verifyUploadSignature } from "./signed-upload-url";

process.env.NEXTAUTH_SECRET ??= "unit-test-secret-of-at-least-32-characters";

describe("signed image links", () => {
  it("links a loopback vendor to the studio's public image route, and verifies", () => {
    const url = new URL(signedImageUrl("img_1", "http://127.0.0.1:3000/sim/ttapi")!);
    expect(url.origin).toBe("http://127.0.0.1:3000");
    expect(url.pathname).toBe("/api/public/images/img_1");
    expect(verifyImageSignature("img_1", url.searchParams.get("exp"), url.searchParams.get("sig"))).toBe(true);
  });

  it("refuses another image, a changed signature, a missing one and an expired link", () => {
    const url = new URL(signedImageUrl("img_1", "http://127.0.0.1:3000/sim/ttapi", 0)!);
    const exp = url.searchParams.get("exp");
    const sig = url.searchParams.get("sig")!;
    expect(verifyImageSignature("img_1", exp, sig, 0)).toBe(true);
    expect(verifyImageSignature("img_2", exp, sig, 0)).toBe(false);
    expect(verifyImageSignature("img_1", exp, `${sig.slice(0, -1)}A`, 0)).toBe(false);
    expect(verifyImageSignature("img_1", exp, null, 0)).toBe(false);
    expect(verifyImageSignature("img_1", String(Number(exp) + 1), sig, 0)).toBe(false);
    expect(verifyImageSignature("img_1", exp, sig, Date.now())).toBe(false);
  });

  it("an upload's signature does not open an image of the same name, nor the other way", () => {
    const upload = new URL(signedUploadUrl("img_1", "http://127.0.0.1:3000", 0)!);
    expect(verifyImageSignature("img_1", upload.searchParams.get("exp"), upload.searchParams.get("sig"), 0)).toBe(false);
    const image = new URL(signedImageUrl("img_1", "http://127.0.0.1:3000", 0)!);
    expect(verifyUploadSignature("img_1", image.searchParams.get("exp"), image.searchParams.get("sig"), 0)).toBe(false);
  });

  it("has no link for a remote vendor when the studio has no public address", () => {
    expect(signedImageUrl("img_1", "https://api.ttapi.io")).toBeNull();
  });
});
