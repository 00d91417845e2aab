import "server-only";
import { createHash, randomBytes } from "node:crypto";

/** A fresh invite secret (256 bits) and the hash that is all the database keeps. */
export function newInviteToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashInviteToken(token) };
}

export function hashInviteToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}
