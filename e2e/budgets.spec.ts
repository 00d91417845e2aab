import fs from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { AdminVendorsPage } from "./pages/admin-vendors-page";
import { CreatePage } from "./pages/create-page";
import { runCli } from "./support/cli";
import { ADMIN } from "./support/env";
import { signedInContext, signIn, uniqueWord } from "./support/sign-in";

test.describe("[BUDGETS]", () => {
  test("[H11.3] an admin prices a midjourney-proxy connection's jobs; a job reserves that price and a second one would go over the budget", async ({
    page,
    browser,
    baseURL,
  }) => {
    // A connection of its own (the simulator's midjourney-proxy side), so no other test's jobs count.
    const connection = `Priced ${uniqueWord("p")}`;
    const secrets = JSON.parse(fs.readFileSync(path.join(process.env.E2E_DATA_DIR!, "secrets.json"), "utf8")) as { SIMULATOR_API_KEY: string };
    runCli("vendor", [
      "add",
      "--name",
      connection,
      "--protocol",
      "mjproxy",
      "--profile",
      "newapi",
      "--base-url",
      `${baseURL}/sim/mjproxy`,
      "--key",
      secrets.SIMULATOR_API_KEY,
    ]);
    const name = uniqueWord("frugal");
    const person = { email: `${name}@e2e.test`, password: `${name}-password` };
    runCli("user", ["add", "--email", person.email, "--password", person.password, "--role", "MEMBER", "--team", "Studio", "--name", name]);

    await signIn(page, ADMIN);
    const vendors = new AdminVendorsPage(page);
    await vendors.goto();
    await vendors.card(connection).getByRole("button", { name: "Edit" }).click();
    const form = page.getByRole("form", { name: `Edit ${connection}` });
    await form.getByText("Prices for budgets").click();
    const imaginePrice = form.getByLabel("Price of Imagine (and reroll) in budget units");
    await expect(imaginePrice).toHaveAttribute("placeholder", "3");
    await imaginePrice.fill("2.5");
    await form.getByRole("button", { name: "Save changes" }).click();
    await expect(form).toBeHidden();
    await vendors.card(connection).getByRole("button", { name: "Edit" }).click();
    await expect(page.getByRole("form", { name: `Edit ${connection}` }).getByLabel("Price of Imagine (and reroll) in budget units")).toHaveValue("2.5");

    await page.goto("/admin/usage");
    const budget = page.getByRole("form", { name: `Daily budget for ${name}` });
    await budget.getByLabel(`Quota units per day for ${name}`).fill("4");
    await budget.getByRole("button", { name: `Save the budget for ${name}` }).click();
    await expect(page.getByText(`Saved the daily budget for ${name}.`)).toBeVisible();

    const member = await signedInContext(browser, person);
    const create = new CreatePage(member);
    await create.goto();
    await create.openSettings();
    await member.getByLabel("Vendor").selectOption({ label: connection });
    await create.generate(`a lighthouse keeper's budget ${uniqueWord("b")}`);
    await create.prompt.fill(`one more lighthouse ${uniqueWord("b")}`);
    await member.getByRole("button", { name: "Generate" }).click();
    await expect(member.getByRole("alert").filter({ hasText: "budget" })).toContainText("Your daily budget of 4 quota units is used up: this job costs 2.5");
    await member.context().close();

    await page.goto("/admin/usage");
    await expect(page.getByRole("form", { name: `Daily budget for ${name}` })).toContainText("Today: 1 job · 2.5 of 4 units");
    await expect(page.getByText("Charged units").first()).toBeVisible();
    await expect(page.getByText("Reserved units").first()).toBeVisible();
  });
});
