// Admin, second part: people and teams (invites, private jobs, budgets, sign-in limits, teams).
import { expect, test } from "@playwright/test";
import { AdminAuditPage } from "./pages/admin-audit-page";
import { CreatePage } from "./pages/create-page";
import { SignInPage } from "./pages/sign-in-page";
import { ADMIN } from "./support/env";
import { jobIdFromUrl, readJob } from "./support/job-api";
import { newPerson, waitForEvents } from "./support/people";
import { signedInContext, signIn, uniqueWord } from "./support/sign-in";

test.describe("[ADMIN]", () => {
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
