import { expect, type Locator, type Page } from "@playwright/test";

/** The Remix switch on a job page and the prompt dialog it opens for V1-V4, Vary, Pan and Reroll. */
export class RemixDialog {
  readonly dialog: Locator;

  constructor(private readonly page: Page) {
    this.dialog = page.getByRole("dialog", { name: /^Remix/ });
  }

  get toggle(): Locator {
    return this.page.getByRole("switch", { name: "Remix" });
  }

  async setRemix(on: boolean) {
    await expect(this.toggle).toBeVisible();
    if ((await this.toggle.getAttribute("aria-checked")) !== String(on)) await this.toggle.click();
    await expect(this.toggle).toHaveAttribute("aria-checked", String(on));
  }

  get prompt(): Locator {
    return this.dialog.getByRole("textbox", { name: "Prompt" });
  }

  async submit() {
    await this.dialog.getByRole("button", { name: "Submit" }).click();
  }
}
