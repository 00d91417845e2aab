import { expect, type Locator, type Page } from "@playwright/test";

export interface NewConnection {
  name: string;
  baseUrl: string;
  apiKey: string;
  protocol?: "ttapi" | "mjproxy";
}

/** /admin/vendors: the connection cards and the add / edit form. */
export class AdminVendorsPage {
  constructor(private readonly page: Page) {}

  async goto() {
    await this.page.goto("/admin/vendors");
    await expect(this.page.getByRole("heading", { name: "Vendor connections" })).toBeVisible();
  }

  card(name: string): Locator {
    return this.page.getByRole("article", { name, exact: true });
  }

  async add(connection: NewConnection) {
    await this.page.getByRole("button", { name: "Add connection" }).click();
    const form = this.page.getByRole("form", { name: "Add a connection" });
    await form.getByLabel("Name").fill(connection.name);
    await form.getByLabel("Protocol").selectOption(connection.protocol ?? "mjproxy");
    await form.getByLabel("Base URL").fill(connection.baseUrl);
    await form.getByLabel("API key").fill(connection.apiKey);
    await form.getByRole("button", { name: "Add connection" }).click();
    await expect(this.card(connection.name)).toBeVisible();
  }

  /** Presses "Test connection" on a card and returns what it says. */
  async test(name: string): Promise<string> {
    const card = this.card(name);
    await card.getByRole("button", { name: "Test connection" }).click();
    const result = card.getByRole("status").filter({ hasText: /^(OK|Bad key|Unreachable|The )/ });
    await expect(result).toBeVisible();
    return (await result.textContent()) ?? "";
  }
}
