import "server-only";
import { createHash, randomBytes } from "node:crypto";

/** A fresh random token for a job's webhook URL; only its hash is stored. */
export function newWebhookToken(): { token: string; hash: string } {
  const token = randomBytes(24).toString("base64url");
  return { token, hash: hashWebhookToken(token) };
}

export function hashWebhookToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}
