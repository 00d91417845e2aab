// Makes an upscaled image the way a person does: imagine in the composer, open the job from the
// feed, press U1, wait until the upscale offers Vary (Region).
import { expect, type Page } from "@playwright/test";

export interface Upscale {
  gridId: string;
  upscaleId: string;
  width: number;
  height: number;
}

const jobIdOf = (url: string) => new URL(url).pathname.split("/")[2];

export async function upscaleThroughUi(page: Page, prompt: string, token: string, vendor?: string): Promise<Upscale> {
  await page.goto("/");
  if (vendor) {
    await page.getByRole("button", { name: "Settings" }).click();
    await page.getByLabel("Vendor").selectOption({ label: vendor });
  }
  await page.getByRole("textbox", { name: "Prompt", exact: true }).fill(prompt);
  await page.getByRole("button", { name: "Generate" }).click();
  await page
    .getByRole("link", { name: new RegExp(token) })
    .first()
    .click();
  await page.waitForURL(/\/jobs\/[^/]+$/);
  const gridId = jobIdOf(page.url());
  await page.getByRole("button", { name: "U1", exact: true }).click({ timeout: 60_000 });
  await page.waitForURL((url) => /^\/jobs\/[^/]+$/.test(url.pathname) && !url.pathname.endsWith(gridId));
  const upscaleId = jobIdOf(page.url());
  await expect(page.getByRole("link", { name: "Vary (Region)" })).toBeVisible({ timeout: 60_000 });
  const job = (await (await page.request.get(`/api/jobs/${upscaleId}`)).json()) as { width: number; height: number };
  return { gridId, upscaleId, width: job.width, height: job.height };
}
