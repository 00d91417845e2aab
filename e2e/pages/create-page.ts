import { expect, type Locator, type Page } from "@playwright/test";

/** The Create page: the prompt composer and the live feed. */
export class CreatePage {
  constructor(private readonly page: Page) {}

  async goto(prompt?: string) {
    await this.page.goto(prompt ? `/?prompt=${encodeURIComponent(prompt)}` : "/");
    await expect(this.page.getByRole("heading", { name: "Create" })).toBeVisible();
  }

  get prompt(): Locator {
    // By role, not label: a role query skips hidden copies (a page kept mounted during navigation).
    return this.page.getByRole("textbox", { name: "Prompt", exact: true });
  }

  async openSettings() {
    const toggle = this.page.getByRole("button", { name: "Settings" });
    if ((await toggle.getAttribute("aria-expanded")) !== "true") await toggle.click();
  }

  /** Writes a prompt, presses Generate and returns the new job's feed card. */
  async generate(prompt: string): Promise<Locator> {
    await this.prompt.fill(prompt);
    await this.page.getByRole("button", { name: "Generate" }).click();
    const card = this.feedCard(prompt.split(" --")[0]);
    await expect(card).toBeVisible();
    return card;
  }

  feedCard(text: string): Locator {
    return this.page.getByRole("article").filter({ has: this.page.getByRole("heading", { name: text }) });
  }

  /** Waits until the card's grid is done (its U1 button shows) and opens its job page. */
  async openWhenDone(card: Locator) {
    await expect(card.getByRole("button", { name: "U1", exact: true })).toBeVisible({ timeout: 30_000 });
    await card.getByRole("link").first().click();
    await expect(this.page).toHaveURL(/\/jobs\//);
  }
}
