import "server-only";
import { db } from "@/lib/db";

const prismaCode = (error: unknown) => (typeof error === "object" && error !== null ? (error as { code?: string }).code : undefined);

export interface RefusedSignIn {
  /** The e-mail address tried (lower-cased by the caller). */
  email: string;
  ip?: string | null;
  /** Which limit refused it: "account" or "ip" (or whatever limit the caller names). */
  limitedBy: string;
  /** The limit's window: one row per account or address per window. */
  windowMs: number;
  now?: Date;
}

/**
 * Audits a sign-in attempt refused by a rate limit (before any password was checked). Anyone can
 * send these without an account, so each would otherwise be a new row for ever: instead one row
 * per limited account (or address) per window counts them (AuditLog.count), found again by its
 * aggregateKey. Each step is one conditional write, so parallel attempts are all counted.
 */
export async function recordRefusedSignIn(attempt: RefusedSignIn): Promise<void> {
  const now = attempt.now ?? new Date();
  const windowStart = Math.floor(now.getTime() / attempt.windowMs) * attempt.windowMs;
  const subject = attempt.limitedBy === "ip" && attempt.ip ? `ip:${attempt.ip}` : `account:${attempt.email}`;
  const aggregateKey = `auth.sign_in_failed:${attempt.limitedBy}:${subject}:${windowStart}`;
  for (let tries = 0; tries < 3; tries++) {
    const bumped = await db.auditLog.updateMany({ where: { aggregateKey }, data: { count: { increment: 1 } } });
    if (bumped.count > 0) return;
    try {
      await db.auditLog.create({
        data: {
          action: "auth.sign_in_failed",
          actorEmail: attempt.email,
          ip: attempt.ip ?? null,
          details: JSON.stringify({ reason: "rate_limited", limitedBy: attempt.limitedBy }),
          count: 1,
          aggregateKey,
          at: now,
        },
      });
      return;
    } catch (error) {
      // Another attempt created the row between our update and insert: count on it instead.
      if (prismaCode(error) !== "P2002") throw error;
    }
  }
}
