import { expect, test } from "@playwright/test";
import { AdminAuditPage } from "./pages/admin-audit-page";
import { AdminVendorsPage } from "./pages/admin-vendors-page";
import { SignInPage } from "./pages/sign-in-page";
import { ADMIN, MEMBER } from "./support/env";
import { newPerson } from "./support/people";
import { recordResponses, serverLog, staticFilesContaining } from "./support/secret-scan";
import { signedInContext, signIn, uniqueWord } from "./support/sign-in";

const CANARY = "sk-canary-ATELIER-7f3a9c1e";
const ADMIN_PAGES = ["/admin", "/admin/vendors", "/admin/users", "/admin/teams", "/admin/usage", "/admin/audit"];
const ADMIN_ROUTES = ["/api/admin/connections", "/api/admin/users", "/api/admin/usage", "/api/admin/usage/csv", "/api/admin/audit"];

test.describe("[ADMIN]", () => {
  test("[ADMIN] an added connection shows only its last 4 characters; the key is in no page, response, script or log", async ({ page, baseURL }) => {
    const responses = recordResponses(page);
    await signIn(page, ADMIN);
    const vendors = new AdminVendorsPage(page);
    await vendors.goto();
    const name = `Canary ${uniqueWord("c")}`;
    await vendors.add({ name, baseUrl: `${baseURL}/sim/mjproxy`, apiKey: CANARY });

    const card = vendors.card(name);
    await expect(card.getByText("••••9c1e")).toBeVisible();
    await expect(card).not.toContainText(CANARY);
    await expect(card.getByText("midjourney-proxy · generic")).toBeVisible();

    // Edit with the key left blank: the key is kept and still never shown.
    await card.getByRole("button", { name: "Edit" }).click();
    const form = page.getByRole("form", { name: `Edit ${name}` });
    await expect(form.getByLabel("API key")).toHaveValue("");
    await form.getByLabel("Concurrency").fill("3");
    await form.getByRole("button", { name: "Save changes" }).click();
    await expect(card.getByText("3 at once")).toBeVisible();
    await expect(card.getByText("••••9c1e")).toBeVisible();

    // A wrong key is reported as such, in words (the simulator's key is another one).
    expect(await vendors.test(name)).toMatch(/^Bad key: the vendor refused the API key/);
    expect(await vendors.test("Built-in simulator")).toMatch(/^OK: answered in \d+ ms/);

    const reachable = ["/admin/vendors", "/admin", "/admin/audit", "/api/admin/connections", "/api/admin/audit", "/api/connections", "/api/admin/usage/csv"];
    for (const url of reachable) {
      const response = await page.request.get(url);
      expect(response.status(), url).toBe(200);
      const body = await response.text();
      expect(body, url).not.toContain(CANARY);
      if (url === "/api/admin/connections") expect(body).toContain("••••9c1e");
    }
    expect(await page.content()).not.toContain(CANARY);
    for (const { url, body } of await responses()) expect(body, url).not.toContain(CANARY);
    const scripts = staticFilesContaining(CANARY);
    expect(scripts.scanned).toBeGreaterThan(10);
    expect(scripts.hits).toEqual([]);
    const log = serverLog();
    expect(log).toContain("[atelier]");
    expect(log).not.toContain(CANARY);

    const audit = new AdminAuditPage(page);
    await audit.filter({ action: "connection." });
    await expect(audit.entry("Connection added", name)).toHaveCount(1);
    await expect(audit.entry("Connection tested", "bad_key").first()).toBeVisible();
    await expect(page.locator("main")).not.toContainText(CANARY);
  });

  test("[H11.11] moving a connection to another host asks for the key again and keeps the old address", async ({ page, baseURL }) => {
    await signIn(page, ADMIN);
    const vendors = new AdminVendorsPage(page);
    await vendors.goto();
    const name = `Mover ${uniqueWord("m")}`;
    await vendors.add({ name, baseUrl: `${baseURL}/sim/mjproxy`, apiKey: "sk-mover-0000-1111" });
    const card = vendors.card(name);
    await card.getByRole("button", { name: "Edit" }).click();
    const form = page.getByRole("form", { name: `Edit ${name}` });
    await expect(form.getByText(/Moving the connection to another host .* needs the key entered again/)).toBeVisible();
    await form.getByLabel("Base URL").fill("http://127.0.0.9:9/mj");
    await expect(form.getByText(/points at another host, scheme or port: enter the key again/)).toBeVisible();
    await form.getByRole("button", { name: "Save changes" }).click();
    await expect(form.getByRole("alert")).toContainText("Enter the API key again");
    await form.getByRole("button", { name: "Cancel" }).click();
    await expect(card.getByText(`${baseURL}/sim/mjproxy`)).toBeVisible();
  });

  test("[ADMIN] a member cannot open the admin pages nor call the admin route handlers", async ({ page, playwright, baseURL }) => {
    await signIn(page, MEMBER);
    await expect(page.getByRole("link", { name: "Admin" })).toHaveCount(0);
    for (const path of ADMIN_PAGES) {
      await page.goto(path);
      await expect(page.getByRole("heading", { name: "Not allowed" }), path).toBeVisible();
      await expect(page.getByRole("navigation", { name: "Admin sections" })).toHaveCount(0);
    }
    for (const url of ADMIN_ROUTES) {
      const response = await page.request.get(url);
      expect(response.status(), url).toBe(403);
      expect(await response.json()).toEqual({ error: "Only admins can do that." });
    }
    const anonymous = await playwright.request.newContext({ baseURL });
    for (const url of ADMIN_ROUTES) expect((await anonymous.get(url)).status(), url).toBe(401);
    await anonymous.dispose();
  });

  test("[ADMIN] a disabled user is signed out within 60 s, and the audit log says who did it", async ({ page, browser }) => {
    test.setTimeout(120_000);
    const person = newPerson("gone");
    const idle = newPerson("idle");
    const member = await signedInContext(browser, person);
    const idler = await signedInContext(browser, idle);
    await expect(member.getByRole("heading", { name: "Create" })).toBeVisible();
    await expect(idler.getByRole("heading", { name: "Create" })).toBeVisible();

    await signIn(page, ADMIN);
    await page.goto("/admin/users");
    for (const who of [person, idle]) {
      const row = page.getByRole("listitem", { name: who.email });
      await row.getByRole("button", { name: `Disable ${who.name}` }).click();
      await expect(row.getByText("Disabled")).toBeVisible();
    }
    const disabledAt = Date.now();

    await member.goto("/gallery");
    await expect(member).toHaveURL(/\/signin/);
    expect(Date.now() - disabledAt).toBeLessThan(60_000);
    const again = new SignInPage(member);
    await again.signIn(person.email, person.password);
    await again.expectError();
    await member.context().close();
    // Someone who does not click anything is signed out by the live stream's re-check (every 30 s).
    await expect(idler).toHaveURL(/\/signin/, { timeout: 60_000 - (Date.now() - disabledAt) });
    await idler.context().close();

    const audit = new AdminAuditPage(page);
    await audit.filter({ action: "user.disabled" });
    await expect(audit.entry("Account disabled", person.email)).toContainText(ADMIN.email);
  });

  test("[ADMIN] an invite link makes an account in the team, once", async ({ page, browser }) => {
    await signIn(page, ADMIN);
    await page.goto("/admin/users");
    await page.getByLabel("Team").selectOption({ label: "Studio" });
    await page.getByRole("button", { name: "Create invite link" }).click();
    const link = await page.getByLabel("Invite link").inputValue();
    expect(link).toMatch(/\/invite\/[A-Za-z0-9_-]{43}$/);

    const name = uniqueWord("newbie");
    const guest = await (await browser.newContext()).newPage();
    await guest.goto(link);
    await expect(guest.getByRole("heading", { name: "Join Studio" })).toBeVisible();
    await guest.getByLabel("Your name").fill(name);
    await guest.getByLabel("Email").fill(`${name}@e2e.test`);
    await guest.getByLabel("Password", { exact: true }).fill("a-long-new-password");
    await guest.getByLabel("Repeat password").fill("a-long-new-password");
    await guest.getByRole("button", { name: "Create account" }).click();
    await expect(guest.getByRole("heading", { name: "Create" })).toBeVisible();
    await expect(guest.getByText(`Signed in as ${name}@e2e.test`)).toBeVisible();

    await guest.goto(link);
    await expect(guest.getByRole("heading", { name: "Invite not valid" })).toBeVisible();
    await expect(guest.getByRole("alert").filter({ hasText: "already used" })).toBeVisible();
    await guest.context().close();

    await page.goto("/admin/users");
    await expect(page.getByRole("listitem", { name: `${name}@e2e.test` })).toContainText("Studio");
  });
});
