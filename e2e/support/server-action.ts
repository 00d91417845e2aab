import type { Page } from "@playwright/test";

/**
 * Does `act` and waits until the server has answered the server action it sent. The screen changes
 * before the server does (optimistic updates), so a test that reloads right after a click must wait
 * for the write itself, or the reload can be rendered before the write commits.
 */
export async function afterServerAction(page: Page, act: () => Promise<void>): Promise<void> {
  const answered = page.waitForResponse((response) => response.request().method() === "POST" && response.request().headers()["next-action"] !== undefined);
  await act();
  await answered;
}
