import { expect, test } from "@playwright/test";
import { runCli } from "./support/cli";
import { signInOverHttp } from "./support/credentials-sign-in";
import { ADMIN } from "./support/env";
import { signIn, uniqueWord } from "./support/sign-in";

// The limits as lib/data/users/login-limits.ts sets them (15-minute window).
const PER_ACCOUNT = 10;
const PER_ADDRESS = 30;

function newAccount(prefix: string) {
  const name = uniqueWord(prefix);
  const person = { email: `${name}@e2e.test`, password: `${name}-password` };
  runCli("user", ["add", "--email", person.email, "--password", person.password, "--role", "MEMBER", "--team", "Studio"]);
  return person;
}

test.describe("[H11.9] sign-in limits hold under attack", () => {
  test("[H11.9] 20 parallel wrong passwords for one account: at most 10 are checked", async ({ baseURL }) => {
    const victim = newAccount("victim");
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, i) => signInOverHttp(victim.email, `wrong-guess-${i}`, { baseURL: baseURL!, from: "127.0.0.91" })),
    );
    const checked = answers.filter((a) => a.error === "CredentialsSignin").length;
    const refused = answers.filter((a) => a.error?.startsWith("RateLimited")).length;
    expect(checked + refused).toBe(20);
    expect(checked).toBeLessThanOrEqual(PER_ACCOUNT);
    // Locked now: even the right password is refused, from any address.
    expect((await signInOverHttp(victim.email, victim.password, { baseURL: baseURL!, from: "127.0.0.95" })).error).toMatch(/^RateLimited/);
  });

  test("[H11.9] a rotating X-Forwarded-For does not escape the per-address limit", async ({ baseURL }) => {
    const answers = [];
    for (let i = 0; i < PER_ADDRESS + 5; i++) {
      const forged = { "x-forwarded-for": `198.51.100.${i + 1}`, "x-atelier-client-ip": `203.0.113.${i + 1}` };
      answers.push(await signInOverHttp(`${uniqueWord("spray")}@e2e.test`, "wrong-guess", { baseURL: baseURL!, from: "127.0.0.92", headers: forged }));
    }
    expect(answers.filter((a) => a.error === "CredentialsSignin").length).toBeLessThanOrEqual(PER_ADDRESS);
    expect(answers.at(-1)!.error).toMatch(/^RateLimited/);
  });

  test("[H11.9] behind a trusted proxy (TRUSTED_PROXIES) the forwarded address is the one limited", async ({ baseURL }) => {
    // playwright.config.ts trusts 127.0.0.93 as a reverse proxy.
    const viaProxy = (client: string) => ({ baseURL: baseURL!, from: "127.0.0.93", headers: { "x-forwarded-for": `6.6.6.6, ${client}` } });
    for (let i = 0; i < PER_ADDRESS; i++)
      expect((await signInOverHttp(`${uniqueWord("p")}@e2e.test`, "wrong-guess", viaProxy("198.51.100.200"))).error).toBe("CredentialsSignin");
    expect((await signInOverHttp(`${uniqueWord("p")}@e2e.test`, "wrong-guess", viaProxy("198.51.100.200"))).error).toMatch(/^RateLimited/);
    // Another client behind the same proxy is not locked out by the first one's failures.
    const someone = newAccount("behind");
    const answer = await signInOverHttp(someone.email, someone.password, viaProxy("198.51.100.201"));
    expect(answer.error).toBeNull();
    expect(answer.cookie).not.toBeNull();
  });

  test("[H11.9] a locked account is told when to try again, and an admin unlocks it from the command line", async ({ page, baseURL }) => {
    const person = newAccount("locked");
    for (let i = 0; i < PER_ACCOUNT; i++) await signInOverHttp(person.email, `wrong-${i}`, { baseURL: baseURL!, from: "127.0.0.94" });
    await page.goto("/signin");
    await page.getByLabel("Email").fill(person.email);
    await page.getByLabel("Password").fill(person.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.locator("form").getByRole("alert")).toHaveText(/^Too many sign-in attempts\. Try again after \d{1,2}:\d{2}.*\(in 1[45] minutes\)\.$/);

    expect(runCli("user", ["unlock", "--email", person.email])).toMatch(/unlocked/);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).not.toHaveURL(/\/signin/);
  });

  test("[H11.9] an admin sees a locked account on the People page and unlocks it", async ({ page, baseURL }) => {
    const person = newAccount("peoplelock");
    for (let i = 0; i <= PER_ACCOUNT; i++) await signInOverHttp(person.email, `wrong-${i}`, { baseURL: baseURL!, from: "127.0.0.96" });
    await signIn(page, ADMIN);
    await page.goto("/admin/users");
    const row = page.getByRole("listitem", { name: person.email });
    await expect(row.getByText("Sign-in locked")).toBeVisible();
    await expect(row.getByText(/Too many failed sign-ins: locked until/)).toBeVisible();
    await row.getByRole("button", { name: /^Unlock sign-in for / }).click();
    await expect(page.getByRole("status").filter({ hasText: `${person.email} can sign in again now.` })).toBeVisible();
    await expect(row.getByText("Sign-in locked")).toHaveCount(0);
    expect((await signInOverHttp(person.email, person.password, { baseURL: baseURL!, from: "127.0.0.96" })).error).toBeNull();
  });
});
