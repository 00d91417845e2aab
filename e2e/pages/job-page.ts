import { expect, type Page } from "@playwright/test";
import { jobIdFromUrl } from "../support/job-api";

/** A job's page: image, action buttons, lineage. */
export class JobPage {
  constructor(private readonly page: Page) {}

  get id(): string {
    return jobIdFromUrl(this.page);
  }

  async expectGridDone() {
    for (const n of [1, 2, 3, 4]) await expect(this.page.getByRole("button", { name: `Image ${n}`, exact: true })).toBeVisible({ timeout: 30_000 });
  }

  async expectSingleImageDone() {
    await expect(this.page.getByRole("button", { name: "View full screen" })).toBeVisible({ timeout: 30_000 });
  }

  /** Clicks an action button and waits for the child job's page. */
  async act(name: string): Promise<string> {
    const parent = this.id;
    await this.page.getByRole("button", { name, exact: true }).click();
    await expect(this.page).not.toHaveURL(new RegExp(`/jobs/${parent}$`));
    await expect(this.page).toHaveURL(/\/jobs\/[^/]+$/);
    return this.id;
  }

  lineage() {
    return this.page.getByRole("navigation", { name: "Lineage" });
  }
}
