import "./support/test-env";
import { describe, expect, it } from "vitest";
import { getRetentionOverview } from "@/lib/data/retention/get-retention-overview";
import { pruneExpiredRecords } from "@/lib/trusted/retention/prune-expired-records";
import { setRetentionSettings } from "@/lib/data/retention/set-retention-settings";
import { getSessionUserById } from "@/lib/data/users/get-session-user";
import { startRetentionSweeper } from "@/lib/maintenance/retention-sweeper";
import { RETENTION_DEFAULTS, retentionSettingsSchema } from "@/lib/schemas/retention";
import { db } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import { recordRefusedSignIn } from "@/lib/trusted/audit/record-refused-sign-in";
import { authenticateUser } from "@/lib/data/users/authenticate-user";
import { createUser } from "@/lib/trusted/users/create-user";
import { LOGIN_FAILURES_PER_ACCOUNT, LOGIN_FAILURES_PER_IP, LOGIN_WINDOW_MS } from "@/lib/data/users/login-limits";

let n = 0;
const unique = (prefix: string) => `${prefix}-${process.pid}-${++n}@bounded.test`;

/**
 * How many of the audit's fixed windows (aligned to LOGIN_WINDOW_MS) a stretch of real time touched,
 * read when the returned function is called: one, unless the run crossed a window's edge (a CI run
 * that began at 09:00 once did), when the aggregate is rightly split over two rows.
 */
function windowsTouched(): () => number {
  const first = Math.floor(Date.now() / LOGIN_WINDOW_MS);
  return () => Math.floor(Date.now() / LOGIN_WINDOW_MS) - first + 1;
}

/** One sign-in attempt; true when it was refused before any password was checked. */
async function refused(email: string, ip: string): Promise<boolean> {
  try {
    await authenticateUser(email, "wrong-password", ip);
    return false;
  } catch (error) {
    if (isAppError(error) && error.code === "RATE_LIMITED") return true;
    throw error;
  }
}

const rateLimitedRows = (where: { actorEmail?: string; ip?: string }) =>
  db.auditLog.findMany({ where: { ...where, action: "auth.sign_in_failed", details: { contains: '"rate_limited"' } } });

describe("[H11.18] refused sign-in attempts are aggregated", () => {
  it("[H11.18] 200 refused attempts against one locked account write one audit row with a count of 200", async () => {
    const email = unique("victim");
    await createUser({ email, password: "integration-password", role: "MEMBER", teamName: `Bounded ${process.pid}` });
    for (let i = 0; i < LOGIN_FAILURES_PER_ACCOUNT; i++) expect(await refused(email, `198.51.100.${i}`)).toBe(false);
    const windows = windowsTouched();
    for (let i = 0; i < 200; i++) expect(await refused(email, `198.51.100.${(i % 200) + 20}`)).toBe(true);
    const rows = await rateLimitedRows({ actorEmail: email });
    expect(rows).toHaveLength(windows());
    expect(rows.reduce((sum, row) => sum + row.count, 0)).toBe(200);
    expect(JSON.parse(rows[0].details)).toEqual({ reason: "rate_limited", limitedBy: "account" });
    // The attempts that reached the password check stay one row each.
    expect(await db.auditLog.count({ where: { actorEmail: email, action: "auth.sign_in_failed", count: 1, details: { contains: "wrong_password" } } })).toBe(
      LOGIN_FAILURES_PER_ACCOUNT,
    );
  });

  it("[H11.18] 50 refused attempts at once are all counted, on one row per window", async () => {
    const email = unique("parallel");
    const now = new Date("2031-05-05T10:03:00Z");
    await Promise.all(Array.from({ length: 50 }, () => recordRefusedSignIn({ email, ip: "192.0.2.1", limitedBy: "account", windowMs: 15 * 60_000, now })));
    expect((await rateLimitedRows({ actorEmail: email })).map((r) => r.count)).toEqual([50]);
    // The next window starts a new row.
    await recordRefusedSignIn({ email, ip: "192.0.2.1", limitedBy: "account", windowMs: 15 * 60_000, now: new Date("2031-05-05T10:16:00Z") });
    expect((await rateLimitedRows({ actorEmail: email })).map((r) => r.count)).toEqual([50, 1]);
  });

  it("[H11.18] refused attempts from one address with ever-new e-mail addresses write one row for the address", async () => {
    const ip = "203.0.113.77";
    for (let i = 0; i < LOGIN_FAILURES_PER_IP; i++) expect(await refused(unique("spray"), ip)).toBe(false);
    const windows = windowsTouched();
    for (let i = 0; i < 100; i++) expect(await refused(unique("spray"), ip)).toBe(true);
    const rows = await rateLimitedRows({ ip });
    expect(rows).toHaveLength(windows());
    expect(rows.reduce((sum, row) => sum + row.count, 0)).toBe(100);
    expect(JSON.parse(rows[0].details)).toEqual({ reason: "rate_limited", limitedBy: "ip" });
  });
});

const DAY = 24 * 60 * 60_000;
const daysAgo = (now: Date, days: number) => new Date(now.getTime() - days * DAY);

/** One row of each growing table at `age` days before `now`; returns their ids. */
async function seedAged(now: Date, age: number, tag: string) {
  const team = await db.team.create({ data: { name: `Aged ${tag}` } });
  const at = daysAgo(now, age);
  const audit = await db.auditLog.create({ data: { action: "test.aged", targetId: tag, at } });
  const webhook = await db.webhookEvent.create({ data: { body: "{}", receivedAt: at } });
  const jobEvent = await db.jobEvent.create({ data: { jobId: `job-${tag}`, teamId: team.id, userId: "u", createdAt: at } });
  const counter = await db.rateCounter.create({ data: { key: `test:${tag}`, count: 1, windowStart: at } });
  return { audit: audit.id, webhook: webhook.id, jobEvent: jobEvent.id, counter: counter.key };
}

async function survivors(ids: Awaited<ReturnType<typeof seedAged>>) {
  return {
    audit: (await db.auditLog.count({ where: { id: ids.audit } })) === 1,
    webhook: (await db.webhookEvent.count({ where: { id: ids.webhook } })) === 1,
    jobEvent: (await db.jobEvent.count({ where: { id: ids.jobEvent } })) === 1,
    counter: (await db.rateCounter.count({ where: { key: ids.counter } })) === 1,
  };
}

async function admin() {
  const email = unique("retention-admin");
  const { id } = await createUser({ email, password: "integration-password", role: "ADMIN", teamName: `Bounded ${process.pid}` });
  return (await getSessionUserById(id, 0))!;
}

describe("[H11.18] audit, webhook-callback, live-update and rate-counter tables are pruned", () => {
  it("[H11.18] the sweep removes rows past their retention (defaults 180 / 7 / 2 / 1 days) and keeps newer ones", async () => {
    expect(RETENTION_DEFAULTS).toEqual({ auditDays: 180, webhookEventDays: 7, jobEventDays: 2, rateCounterDays: 1 });
    const now = new Date();
    const ancient = await seedAged(now, 200, "ancient");
    const week = await seedAged(now, 8, "week");
    const days = await seedAged(now, 3, "days");
    const hours = await seedAged(now, 0.5, "hours");
    const result = await pruneExpiredRecords(now);
    expect(await survivors(ancient)).toEqual({ audit: false, webhook: false, jobEvent: false, counter: false });
    expect(await survivors(week)).toEqual({ audit: true, webhook: false, jobEvent: false, counter: false });
    expect(await survivors(days)).toEqual({ audit: true, webhook: true, jobEvent: false, counter: false });
    expect(await survivors(hours)).toEqual({ audit: true, webhook: true, jobEvent: true, counter: true });
    expect(result.removed).toMatchObject({ audit: 1, webhookEvents: 2 });
    expect(result.removed.jobEvents).toBeGreaterThanOrEqual(3);
  });

  it("[H11.18] the newest live-update event is kept however old, so a browser always has an id to resume from", async () => {
    const now = new Date();
    await db.jobEvent.deleteMany({});
    const only = await seedAged(now, 30, "newest");
    await pruneExpiredRecords(now);
    expect((await survivors(only)).jobEvent).toBe(true);
  });

  it("[H11.18] an admin changes the retention (audited), a member cannot, and the next sweep uses it", async () => {
    const boss = await admin();
    const memberEmail = unique("retention-member");
    const { id: memberId } = await createUser({ email: memberEmail, password: "integration-password", role: "MEMBER", teamName: `Bounded ${process.pid}` });
    const member = (await getSessionUserById(memberId, 0))!;
    const settings = { auditDays: 30, webhookEventDays: 1, jobEventDays: 1, rateCounterDays: 1 };
    await expect(setRetentionSettings(member, settings)).rejects.toThrow(/Only admins can do that/);
    await expect(getRetentionOverview(member)).rejects.toThrow(/Only admins can do that/);

    const now = new Date();
    const month = await seedAged(now, 31, "month");
    const twoDays = await seedAged(now, 1.5, "two-days");
    await seedAged(now, 0, "fresh");
    await setRetentionSettings(boss, settings);
    expect((await getRetentionOverview(boss)).settings).toEqual(settings);
    const changed = await db.auditLog.findFirstOrThrow({ where: { action: "settings.retention_changed" }, orderBy: { id: "desc" } });
    expect(JSON.parse(changed.details)).toEqual({
      from: { auditDays: 180, webhookEventDays: 7, jobEventDays: 2 },
      to: { auditDays: 30, webhookEventDays: 1, jobEventDays: 1 },
    });

    await pruneExpiredRecords(now);
    expect(await survivors(month)).toEqual({ audit: false, webhook: false, jobEvent: false, counter: false });
    expect(await survivors(twoDays)).toEqual({ audit: true, webhook: false, jobEvent: false, counter: false });
    const overview = await getRetentionOverview(boss);
    expect(overview.lastSweep?.at).toBe(now.toISOString());
    await setRetentionSettings(boss, { ...RETENTION_DEFAULTS });
  });

  it("[H11.18] retention values out of range are refused with a clear message", () => {
    const refused = retentionSettingsSchema.safeParse({ auditDays: 0, webhookEventDays: "x", jobEventDays: 2.5, rateCounterDays: 400 });
    expect(refused.success).toBe(false);
    expect(refused.error!.issues.map((i) => i.message)).toEqual([
      "The audit log must be at least 7 days.",
      "Webhook callbacks must be a number of days.",
      "Live-update events must be a whole number of days.",
      "Rate-limit counters can be at most 365 days.",
    ]);
  });

  it("[H11.18] the server's periodic sweep prunes on its own", async () => {
    const stale = await seedAged(new Date(), 400, "periodic");
    const sweeper = startRetentionSweeper({ firstDelayMs: 10, intervalMs: 100 });
    try {
      await expect.poll(async () => (await survivors(stale)).audit, { timeout: 5000 }).toBe(false);
    } finally {
      sweeper.stop();
    }
  });
});
