// AES-256-GCM for vendor keys at rest. The key is derived (HKDF-SHA256) from a master
// secret kept outside the database, so a stolen database file alone reveals no key.
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";

const VERSION = "v1";
const IV_BYTES = 12;
const TAG_BYTES = 16;

function deriveKey(masterSecret: string): Buffer {
  if (masterSecret.length < 32) throw new Error("The master secret must be at least 32 characters.");
  return Buffer.from(hkdfSync("sha256", masterSecret, "atelier", "vendor-connection-keys", 32));
}

/** Encrypt a secret: "v1:" + base64(iv | tag | ciphertext). */
export function encryptSecret(plaintext: string, masterSecret: string): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv("aes-256-gcm", deriveKey(masterSecret), iv);
  const ciphertext = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  return `${VERSION}:${Buffer.concat([iv, cipher.getAuthTag(), ciphertext]).toString("base64")}`;
}

/** Decrypt; throws if the box was changed in any byte or the master secret differs. */
export function decryptSecret(box: string, masterSecret: string): string {
  const [version, payload] = box.split(":");
  if (version !== VERSION || !payload) throw new Error("Unknown secret format.");
  const raw = Buffer.from(payload, "base64");
  if (raw.length < IV_BYTES + TAG_BYTES) throw new Error("Secret is truncated.");
  const decipher = createDecipheriv("aes-256-gcm", deriveKey(masterSecret), raw.subarray(0, IV_BYTES));
  decipher.setAuthTag(raw.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
  return Buffer.concat([decipher.update(raw.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString("utf8");
}

/** The last four characters, the only part of a key ever shown. */
export function lastFour(secret: string): string {
  return secret.slice(-4);
}
