import { expect, type Locator, type Page } from "@playwright/test";

/** /admin/settings: data retention. */
export class AdminSettingsPage {
  constructor(private readonly page: Page) {}

  async goto() {
    await this.page.goto("/admin/settings");
    await expect(this.page.getByRole("heading", { name: "Settings", exact: true })).toBeVisible();
  }

  days(label: "Audit log" | "Webhook callbacks" | "Live-update events" | "Rate-limit counters"): Locator {
    return this.page.getByRole("form", { name: "Data retention" }).getByLabel(`${label} (days)`);
  }

  async save() {
    await this.page.getByRole("button", { name: "Save retention" }).click();
  }
}
