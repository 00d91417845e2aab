import { describe, expect, it } from "vitest";
import { decryptSecret, encryptSecret, lastFour } from "./secret-box";

const master = "a-master-secret-of-at-least-32-characters!!";

describe("secret box (AES-256-GCM)", () => {
  it("round-trips a secret", () => {
    const box = encryptSecret("sk-live-1234567890abcd", master);
    expect(box.startsWith("v1:")).toBe(true);
    expect(box).not.toContain("sk-live");
    expect(decryptSecret(box, master)).toBe("sk-live-1234567890abcd");
  });

  it("uses a fresh IV each time", () => {
    expect(encryptSecret("same", master)).not.toBe(encryptSecret("same", master));
  });

  it("detects tampering: any changed byte fails to decrypt", () => {
    const box = encryptSecret("sk-live-1234567890abcd", master);
    const raw = Buffer.from(box.slice(3), "base64");
    for (const index of [0, 12, 20, raw.length - 1]) {
      const copy = Buffer.from(raw);
      copy[index] ^= 0x01;
      expect(() => decryptSecret(`v1:${copy.toString("base64")}`, master)).toThrow();
    }
  });

  it("fails with another master secret", () => {
    const box = encryptSecret("secret", master);
    expect(() => decryptSecret(box, "another-master-secret-of-32-characters!!")).toThrow();
  });

  it("rejects unknown formats and truncated boxes", () => {
    expect(() => decryptSecret("v2:abcd", master)).toThrow(/format/);
    expect(() => decryptSecret("v1:YWJj", master)).toThrow(/truncated/);
  });

  it("shows only the last four characters", () => {
    expect(lastFour("sk-live-1234567890abcd")).toBe("abcd");
  });
});
