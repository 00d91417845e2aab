import "server-only";
import { randomBytes } from "node:crypto";
import { hashWebhookToken } from "@/lib/data/webhooks/webhook-inbox";

export { hashWebhookToken };

/** A fresh random token for a job's webhook URL; only its hash is stored. */
export function newWebhookToken(): { token: string; hash: string } {
  const token = randomBytes(24).toString("base64url");
  return { token, hash: hashWebhookToken(token) };
}
