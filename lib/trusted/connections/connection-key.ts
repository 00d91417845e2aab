import "server-only";
import { decryptSecret, encryptSecret, lastFour } from "@/lib/crypto/secret-box";
import { loadSecrets } from "@/lib/secrets";

/** Encrypts a vendor key for storage; returns the box and the last 4 characters to show. */
export function sealConnectionKey(apiKey: string): { keyCiphertext: string; keyLast4: string } {
  return { keyCiphertext: encryptSecret(apiKey, loadSecrets().masterKey), keyLast4: lastFour(apiKey) };
}

/** Decrypts a stored vendor key. Only the data layer calls this, right before a vendor call. */
export function openConnectionKey(keyCiphertext: string): string {
  return decryptSecret(keyCiphertext, loadSecrets().masterKey);
}
