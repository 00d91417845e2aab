import { expect, test, type Page } from "@playwright/test";
import { AdminAuditPage } from "./pages/admin-audit-page";
import { AdminVendorsPage } from "./pages/admin-vendors-page";
import { CreatePage } from "./pages/create-page";
import { SignInPage } from "./pages/sign-in-page";
import { runCli } from "./support/cli";
import { ADMIN, MEMBER } from "./support/env";
import { jobIdFromUrl, readJob } from "./support/job-api";
import { recordResponses, serverLog, staticFilesContaining } from "./support/secret-scan";
import { signedInContext, signIn, uniqueWord, type Person } from "./support/sign-in";

const CANARY = "sk-canary-ATELIER-7f3a9c1e";
const ADMIN_PAGES = ["/admin", "/admin/vendors", "/admin/users", "/admin/teams", "/admin/usage", "/admin/audit"];
const ADMIN_ROUTES = ["/api/admin/connections", "/api/admin/users", "/api/admin/usage", "/api/admin/usage/csv", "/api/admin/audit"];

/** A fresh account for one test, so tests never disturb the shared MEMBER. */
function newPerson(prefix: string, team = "Studio"): Person & { name: string } {
  const name = uniqueWord(prefix);
  const person = { email: `${name}@e2e.test`, password: `${name}-password`, name };
  runCli("user", ["add", "--email", person.email, "--password", person.password, "--role", "MEMBER", "--team", team, "--name", name]);
  return person;
}

async function waitForEvents(page: Page) {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const w = window as unknown as { seen: string[] };
        w.seen = [];
        const source = new EventSource("/api/events");
        source.addEventListener("ready", () => resolve());
        source.addEventListener("job", (event) => w.seen.push(JSON.parse((event as MessageEvent).data).jobId));
      }),
  );
}

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

  test("[ADMIN] a private job is invisible to teammates: its page, its image URL and its live events", async ({ page, browser }) => {
    const team = `Private ${uniqueWord("t")}`;
    const owner = newPerson("owner", team);
    const mate = newPerson("mate", team);
    await signIn(page, owner);
    const teammate = await signedInContext(browser, mate);
    await waitForEvents(teammate);

    const create = new CreatePage(page);
    await create.goto();
    await create.openSettings();
    await page.getByLabel("Private").check();
    const secret = uniqueWord("secret");
    await create.openWhenDone(await create.generate(`a hidden lighthouse ${secret}`));
    const privateId = jobIdFromUrl(page);
    const privateJob = await readJob(page, privateId);
    expect(privateJob.visibility).toBe("PRIVATE");
    const image = privateJob.images[0];

    await create.goto();
    await create.openSettings();
    await page.getByLabel("Private").uncheck();
    const shared = uniqueWord("shared");
    await create.openWhenDone(await create.generate(`an open harbour ${shared}`));
    const sharedId = jobIdFromUrl(page);

    await expect.poll(() => teammate.evaluate(() => (window as unknown as { seen: string[] }).seen), { timeout: 30_000 }).toContain(sharedId);
    expect(await teammate.evaluate(() => (window as unknown as { seen: string[] }).seen)).not.toContain(privateId);
    await teammate.goto(`/jobs/${privateId}`);
    await expect(teammate.getByRole("heading", { name: "Job not found" })).toBeVisible();
    expect((await teammate.request.get(image.fullUrl)).status()).toBe(404);
    expect((await teammate.request.get(image.thumbUrl)).status()).toBe(404);
    expect((await teammate.request.get(`/api/jobs/${privateId}`)).status()).toBe(404);
    const list = (await (await teammate.request.get("/api/jobs?limit=100")).json()) as { items: { id: string }[] };
    expect(list.items.map((j) => j.id)).toContain(sharedId);
    expect(list.items.map((j) => j.id)).not.toContain(privateId);
    await teammate.goto("/gallery");
    await expect(teammate.locator("main")).toContainText(shared);
    await expect(teammate.locator("main")).not.toContainText(secret);
    expect((await page.request.get(image.fullUrl)).status()).toBe(200);
    await teammate.context().close();
  });

  test("[ADMIN] a budget of 2 jobs per day refuses the third with a clear message", async ({ page, browser }) => {
    const person = newPerson("thrifty");
    await signIn(page, ADMIN);
    await page.goto("/admin/usage");
    const budget = page.getByRole("form", { name: `Daily budget for ${person.name}` });
    await budget.getByLabel(`Jobs per day for ${person.name}`).fill("2");
    await budget.getByRole("button", { name: `Save the budget for ${person.name}` }).click();
    await expect(page.getByText(`Saved the daily budget for ${person.name}.`)).toBeVisible();

    const member = await signedInContext(browser, person);
    const create = new CreatePage(member);
    await create.goto();
    await create.generate(`first of two ${uniqueWord("b")}`);
    await create.generate(`second of two ${uniqueWord("b")}`);
    await create.prompt.fill(`one too many ${uniqueWord("b")}`);
    await member.getByRole("button", { name: "Generate" }).click();
    await expect(member.getByRole("alert").filter({ hasText: "budget" })).toHaveText("Your daily budget of 2 jobs is used up. It resets at midnight UTC.");
    await member.context().close();

    await page.goto("/admin/usage");
    await expect(page.getByRole("form", { name: `Daily budget for ${person.name}` })).toContainText("Today: 2 of 2 jobs");
    const audit = new AdminAuditPage(page);
    await audit.filter({ action: "budget.changed" });
    await expect(audit.entry("Budget changed", person.email)).toContainText("jobsPerDay: 2");
  });

  test("[ADMIN] sign-in is refused after 10 failures for an account, with a message that says to wait", async ({ page }) => {
    const email = `${uniqueWord("brute")}@e2e.test`;
    const form = new SignInPage(page);
    await form.goto();
    for (let i = 0; i < 10; i++) {
      await form.signIn(email, `wrong-password-${i}`);
      await form.expectError();
    }
    await form.signIn(email, "wrong-password-again");
    // Issue 11 item 9: the message now says when the lock ends, in the person's own clock.
    await expect(page.locator("form").getByRole("alert")).toHaveText(/^Too many sign-in attempts\. Try again after .+ \(in 1[45] minutes\)\.$/);

    await signIn(page, ADMIN);
    const audit = new AdminAuditPage(page);
    await audit.filter({ action: "auth.sign_in_failed", actor: email });
    await expect(audit.entries).toHaveCount(11);
    await expect(audit.entries.first()).toContainText("rate_limited");
  });

  test("[ADMIN] teams: an admin creates a team and adds a member, who switches to it", async ({ page, browser }) => {
    const person = newPerson("mover");
    const teamName = `Night ${uniqueWord("n")}`;
    await signIn(page, ADMIN);
    await page.goto("/admin/teams");
    await page.getByLabel("Team name").fill(teamName);
    await page.getByRole("button", { name: "Create team" }).click();
    const card = page.getByRole("article", { name: teamName });
    await expect(card).toBeVisible();
    await card.getByLabel(`Add a person to ${teamName}`).selectOption({ label: `${person.name} (${person.email})` });
    await card.getByRole("button", { name: "Add to team" }).click();
    await expect(card.getByRole("listitem").filter({ hasText: person.email })).toBeVisible();
    await card.getByRole("button", { name: `Make ${person.name} an owner of ${teamName}` }).click();
    await expect(card.getByRole("listitem").filter({ hasText: person.email }).getByText("Owner", { exact: true })).toBeVisible();

    const member = await signedInContext(browser, person);
    const switcher = member.getByRole("combobox", { name: "Active team" });
    await expect(switcher).toHaveValue(/.+/);
    await switcher.selectOption({ label: teamName });
    await expect(member.getByRole("complementary").getByText(`${teamName} · Member`)).toBeVisible();
    await member.reload();
    await expect(member.getByRole("combobox", { name: "Active team" })).toHaveValue(await switcher.inputValue());
    await member.context().close();

    const audit = new AdminAuditPage(page);
    await audit.filter({ action: "team." });
    await expect(audit.entry("Added to team", person.email)).toHaveCount(1);
    await expect(audit.entry("Team role changed", person.email)).toHaveCount(1);
  });
});
