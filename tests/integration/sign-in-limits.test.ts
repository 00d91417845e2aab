import "./support/test-env";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { authenticateUser } from "@/lib/data/users/authenticate-user";
import { clearSignInLock, signInLockedUntil } from "@/lib/trusted/users/clear-sign-in-lock";
import { createUser } from "@/lib/trusted/users/create-user";
import { LOGIN_FAILURES_PER_ACCOUNT, LOGIN_FAILURES_PER_IP, LOGIN_WINDOW_MS } from "@/lib/data/users/login-limits";
import { SignInRateLimitedError } from "@/lib/data/users/sign-in-rate-limited-error";
import { TEST_ACTOR } from "@/lib/testing/test-actor";

const PASSWORD = "integration-password";
let n = 0;
async function person() {
  const email = `limits-${process.pid}-${++n}@int.test`;
  await createUser({ email, password: PASSWORD, role: "MEMBER", teamName: "Limits" });
  return email;
}

/** "checked" when the password was verified (and wrong), "refused" when stopped before. */
async function attempt(email: string, password: string, ip: string | null): Promise<"checked" | "refused" | "signed-in"> {
  try {
    return (await authenticateUser(email, password, ip)) ? "signed-in" : "checked";
  } catch (error) {
    if (error instanceof SignInRateLimitedError) return "refused";
    throw error;
  }
}

describe("[H11.9] sign-in limits reserve each attempt before the password is checked", () => {
  it("20 parallel wrong passwords for one account: at most 10 are checked", async () => {
    const email = await person();
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => attempt(email, `wrong-${i}`, `192.0.2.${i}`)));
    expect(results.filter((r) => r === "checked")).toHaveLength(LOGIN_FAILURES_PER_ACCOUNT);
    expect(results.filter((r) => r === "refused")).toHaveLength(20 - LOGIN_FAILURES_PER_ACCOUNT);
  });

  it("60 parallel attempts from one address: at most 30 are checked", async () => {
    const results = await Promise.all(Array.from({ length: 60 }, (_, i) => attempt(`spray-${process.pid}-${i}@int.test`, "wrong", "198.51.100.77")));
    expect(results.filter((r) => r === "checked")).toHaveLength(LOGIN_FAILURES_PER_IP);
  });

  it("the refusal says when it ends; an address over its limit does not also lock the accounts it names", async () => {
    const email = await person();
    for (let i = 0; i < LOGIN_FAILURES_PER_IP; i++) await attempt(`other-${process.pid}-${i}@int.test`, "wrong", "203.0.113.50");
    const before = Date.now();
    const refused = await authenticateUser(email, PASSWORD, "203.0.113.50").catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(SignInRateLimitedError);
    const retryAt = (refused as SignInRateLimitedError).retryAt.getTime();
    expect(retryAt).toBeGreaterThan(before + LOGIN_WINDOW_MS - 60_000);
    expect(retryAt).toBeLessThanOrEqual(before + LOGIN_WINDOW_MS + 1000);
    expect(await signInLockedUntil(email)).toBeNull();
    expect(await attempt(email, PASSWORD, "203.0.113.51")).toBe("signed-in");
  });

  it("a successful sign-in gives the address its attempt back", async () => {
    const email = await person();
    for (let i = 0; i < 5; i++) expect(await attempt(email, PASSWORD, "203.0.113.60")).toBe("signed-in");
    expect((await db.rateCounter.findUniqueOrThrow({ where: { key: "login:ip:203.0.113.60" } })).count).toBe(0);
  });

  it("an unlocked account can sign in again at once", async () => {
    const email = await person();
    for (let i = 0; i < LOGIN_FAILURES_PER_ACCOUNT; i++) await attempt(email, "wrong", null);
    expect(await signInLockedUntil(email)).toBeInstanceOf(Date);
    expect(await attempt(email, PASSWORD, null)).toBe("refused");
    expect(await clearSignInLock(email, TEST_ACTOR)).toEqual({ email, wasLocked: true });
    expect(await attempt(email, PASSWORD, null)).toBe("signed-in");
    expect(await db.auditLog.count({ where: { action: "user.sign_in_unlocked", details: { contains: email } } })).toBe(1);
  });
});
