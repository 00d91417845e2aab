#!/usr/bin/env node
// Developer tool: makes an image, its upscale and a video of it through the UI, and prints the
// job paths (to screenshot them with scripts/dev/screenshots.mjs).
// usage: node scripts/dev/make-video-job.mjs BASE_URL EMAIL PASSWORD
import { chromium } from "@playwright/test";

const [base, email, password] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"],
});
const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
await page.goto(`${base}/signin`);
await page.getByLabel("Email").fill(email);
await page.getByLabel("Password").fill(password);
await page.getByRole("button", { name: "Sign in" }).click();
await page.waitForURL((url) => !url.pathname.startsWith("/signin"));
await page.getByRole("textbox", { name: "Prompt", exact: true }).fill("a lighthouse on a cliff at golden hour --ar 16:9");
await page.getByRole("button", { name: "Generate" }).click();
await page
  .getByRole("link", { name: /lighthouse/ })
  .first()
  .click({ timeout: 60_000 });
await page.waitForURL(/\/jobs\/[^/]+$/);
const grid = new URL(page.url()).pathname;
await page.getByRole("button", { name: "U1", exact: true }).click({ timeout: 60_000 });
await page.waitForURL((url) => url.pathname !== grid && /^\/jobs\/[^/]+$/.test(url.pathname));
const upscale = new URL(page.url()).pathname;
const animate = page.getByRole("region", { name: "Animate" });
await animate.getByRole("button", { name: "Animate" }).click({ timeout: 60_000 });
await page.waitForURL((url) => url.pathname !== upscale && /^\/jobs\/[^/]+$/.test(url.pathname));
const video = new URL(page.url()).pathname;
await page.getByTestId("job-video").waitFor({ timeout: 120_000 });
console.log(JSON.stringify({ grid, upscale, video }));
await browser.close();
