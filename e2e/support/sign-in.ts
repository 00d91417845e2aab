import { expect, type Browser, type Page } from "@playwright/test";
import { SignInPage } from "../pages/sign-in-page";

export interface Person {
  email: string;
  password: string;
}

/** Signs in through the form and lands on the studio. */
export async function signIn(page: Page, person: Person): Promise<void> {
  const form = new SignInPage(page);
  await form.goto();
  await form.signIn(person.email, person.password);
  await expect(page).not.toHaveURL(/\/signin/);
}

/** A second, separate browser session (its own cookies) signed in as someone else. */
export async function signedInContext(browser: Browser, person: Person): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, person);
  return page;
}

/** Unique words per test, so tests never see each other's jobs by accident. */
export function uniqueWord(prefix = "t"): string {
  return `${prefix}${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
}
