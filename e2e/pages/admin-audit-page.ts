import { expect, type Locator, type Page } from "@playwright/test";

/** /admin/audit: filters and entries. */
export class AdminAuditPage {
  constructor(private readonly page: Page) {}

  async filter(filters: { action?: string; actor?: string }) {
    await this.page.goto("/admin/audit");
    await expect(this.page.getByRole("heading", { name: "Audit log" })).toBeVisible();
    if (filters.action) await this.page.getByLabel("Action").selectOption(filters.action);
    if (filters.actor) await this.page.getByLabel("Actor").fill(filters.actor);
    await this.page.getByRole("button", { name: "Filter" }).click();
    await this.page.waitForURL(/\/admin\/audit\?/);
  }

  get entries(): Locator {
    return this.page.getByRole("list", { name: "Audit entries" }).getByRole("listitem");
  }

  entry(action: string, text: string | RegExp): Locator {
    return this.entries.filter({ hasText: action }).filter({ hasText: text });
  }
}
