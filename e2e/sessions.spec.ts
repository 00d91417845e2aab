import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { runCli } from "./support/cli";
import { signInOverHttp } from "./support/credentials-sign-in";
import { ADMIN } from "./support/env";
import { signedInContext, signIn, uniqueWord } from "./support/sign-in";

function newAccount(prefix: string) {
  const name = uniqueWord(prefix);
  const person = { email: `${name}@e2e.test`, password: `${name}-password` };
  runCli("user", ["add", "--email", person.email, "--password", person.password, "--role", "MEMBER", "--team", "Studio"]);
  return person;
}

test.describe("[H11.13] sessions end for real", () => {
  test("[H11.13] signing out ends that session: a copied cookie stops working", async ({ browser }) => {
    const person = newAccount("leaver");
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, person);
    expect((await context.request.get("/api/jobs")).status()).toBe(200);
    const copied = await context.cookies();
    await page.getByRole("button", { name: "Sign out" }).first().click();
    await expect(page).toHaveURL(/\/signin/);

    // Someone kept a copy of the cookie from before the sign-out.
    const thief = await browser.newContext();
    await thief.addCookies(copied);
    expect((await thief.request.get("/api/jobs")).status()).toBe(401);
    const thiefPage = await thief.newPage();
    await thiefPage.goto("/gallery");
    await expect(thiefPage).toHaveURL(/\/signin/);
    await thief.close();
    await context.close();
  });

  test("[H11.13] changing your password ends your other sessions, not this one", async ({ browser, baseURL }) => {
    const person = newAccount("changer");
    const here = await signedInContext(browser, person);
    const elsewhere = await signedInContext(browser, person);
    await here.getByRole("link", { name: "Change password" }).first().click();
    await expect(here).toHaveURL(/\/account\/password$/);
    await expect(here.getByText("Where you are signed in")).toBeVisible();
    const form = here.getByRole("form", { name: "Change password" });
    await form.getByLabel("Current password").fill("not-my-password");
    await form.getByLabel("New password", { exact: true }).fill("my-new-password-1");
    await form.getByLabel("New password again").fill("my-new-password-1");
    await form.getByRole("button", { name: "Change password" }).click();
    await expect(form.getByRole("alert")).toHaveText("The current password is not right.");
    await form.getByLabel("Current password").fill(person.password);
    await form.getByLabel("New password", { exact: true }).fill("my-new-password-1");
    await form.getByLabel("New password again").fill("my-new-password-1");
    await form.getByRole("button", { name: "Change password" }).click();
    await expect(form.getByRole("status")).toHaveText("Your password is changed. 1 other session was signed out.");

    expect((await elsewhere.request.get("/api/jobs")).status()).toBe(401);
    expect((await here.request.get("/api/jobs")).status()).toBe(200);
    expect((await signInOverHttp(person.email, person.password, { baseURL: baseURL!, from: "127.0.0.97" })).error).toBe("CredentialsSignin");
    expect((await signInOverHttp(person.email, "my-new-password-1", { baseURL: baseURL!, from: "127.0.0.97" })).error).toBeNull();
  });

  test("[H11.13] an admin sets a new password: that person's sessions end and the audit log has no password", async ({ page, browser }) => {
    const person = newAccount("forgetful");
    const theirs = await signedInContext(browser, person);
    const given = `given-${uniqueWord("pw")}`;
    await signIn(page, ADMIN);
    await page.goto("/admin/users");
    const row = page.getByRole("listitem", { name: person.email });
    await row.getByRole("button", { name: /^Set a new password for / }).click();
    await row.getByLabel("New password", { exact: true }).fill(given);
    await row.getByRole("button", { name: "Save password" }).click();
    await expect(page.getByRole("status").filter({ hasText: `${person.email} has a new password and was signed out everywhere.` })).toBeVisible();

    expect((await theirs.request.get("/api/jobs")).status()).toBe(401);
    const audit = await page.request.get("/api/admin/audit?action=user.password_set");
    const text = await audit.text();
    expect(text).toContain(person.email);
    expect(text).not.toContain(given);

    // The admin knows it, so the person chooses their own at the next sign-in.
    const next = await (await browser.newContext()).newPage();
    await next.goto("/signin");
    await next.getByLabel("Email").fill(person.email);
    await next.getByLabel("Password").fill(given);
    await next.getByRole("button", { name: "Sign in" }).click();
    await expect(next).toHaveURL(/\/account\/password$/);
    await expect(next.getByRole("heading", { name: "Choose your own password" })).toBeVisible();
  });

  test("[H11.13] the generated first-admin password must be changed at first sign-in, and first-admin.txt is deleted then", async ({ browser }) => {
    test.setTimeout(360_000);
    // A studio of its own, started the way `npm start` starts it, without ADMIN_EMAIL/ADMIN_PASSWORD.
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "atelier-first-admin-"));
    const port = Number(process.env.E2E_PORT ?? 3210) + 5;
    const origin = `http://127.0.0.1:${port}`;
    const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), DATA_DIR: dataDir, NEXTAUTH_URL: origin };
    for (const name of ["ADMIN_EMAIL", "ADMIN_PASSWORD", "DATABASE_URL", "NEXTAUTH_SECRET", "MASTER_KEY"]) delete env[name];
    const server = spawn(process.execPath, ["scripts/start.mjs"], { env, detached: true, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    server.stdout!.on("data", (d) => (output += d));
    server.stderr!.on("data", (d) => (output += d));
    try {
      await expect.poll(async () => (await fetch(`${origin}/api/health`).catch(() => null))?.status ?? 0, { timeout: 180_000, intervals: [1000] }).toBe(200);
      const file = path.join(dataDir, "first-admin.txt");
      const generated = /password: (\S+)/.exec(fs.readFileSync(file, "utf8"))![1];
      expect(output).toContain(generated);

      const context = await browser.newContext({ baseURL: origin });
      const page = await context.newPage();
      await page.goto("/signin");
      await page.getByLabel("Email").fill("admin@atelier.local");
      await page.getByLabel("Password").fill(generated);
      await page.getByRole("button", { name: "Sign in" }).click();
      await expect(page).toHaveURL(/\/account\/password$/);
      await expect(page.getByRole("heading", { name: "Choose your own password" })).toBeVisible();
      // Every page leads back here, and the API refuses until it is done.
      await page.goto("/gallery");
      await expect(page).toHaveURL(/\/account\/password$/);
      expect((await context.request.get("/api/jobs")).status()).toBe(403);

      const form = page.getByRole("form", { name: "Change password" });
      await form.getByLabel("Current password").fill(generated);
      await form.getByLabel("New password", { exact: true }).fill("the-admins-own-password");
      await form.getByLabel("New password again").fill("the-admins-own-password");
      await form.getByRole("button", { name: "Change password" }).click();
      await expect(page.getByRole("heading", { name: "Create" })).toBeVisible();
      expect(fs.existsSync(file)).toBe(false);

      await page.getByRole("button", { name: "Sign out" }).first().click();
      await expect(page).toHaveURL(/\/signin/);
      await page.getByLabel("Email").fill("admin@atelier.local");
      await page.getByLabel("Password").fill("the-admins-own-password");
      await page.getByRole("button", { name: "Sign in" }).click();
      await expect(page.getByRole("heading", { name: "Create" })).toBeVisible();
      await context.close();
    } finally {
      try {
        process.kill(-server.pid!, "SIGTERM");
      } catch {}
      await new Promise((r) => setTimeout(r, 1000));
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
