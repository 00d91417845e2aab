import { expect, type Locator, type Page } from "@playwright/test";

/** The gallery: search, filters, views, tiles and the viewer. */
export class GalleryPage {
  constructor(private readonly page: Page) {}

  async goto(search = "") {
    await this.page.goto(`/gallery${search}`);
    await expect(this.page.getByRole("heading", { name: "Gallery" })).toBeVisible();
  }

  async search(words: string) {
    await this.page.getByLabel("Search prompts").fill(words);
    await expect(this.page).toHaveURL(/[?&]q=/);
  }

  /** The tile of a finished image, found by its prompt text. */
  tile(text: string): Locator {
    return this.page.getByRole("listitem").filter({ has: this.page.getByRole("button", { name: `View ${text}` }) });
  }

  anyTile(text: string): Locator {
    return this.page.getByRole("list", { name: "Images" }).getByRole("listitem").filter({ hasText: text });
  }

  async openFilters() {
    const toggle = this.page.getByRole("button", { name: /^Filters/ });
    if ((await toggle.getAttribute("aria-expanded")) !== "true") await toggle.click();
  }

  async filter(label: string, option: string) {
    await this.openFilters();
    await this.page.getByLabel(label, { exact: true }).selectOption({ label: option });
  }

  async view(name: "All" | "Favourites" | "Trash") {
    await this.page.getByRole("tab", { name }).click();
    await expect(this.page.getByRole("tab", { name })).toHaveAttribute("aria-selected", "true");
  }
}
