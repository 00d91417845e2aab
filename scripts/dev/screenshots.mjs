#!/usr/bin/env node
// Developer tool: signs in and screenshots pages at desktop and phone widths, so a change
// can be looked at as a user sees it.
// usage: node scripts/dev/screenshots.mjs BASE_URL EMAIL PASSWORD OUT_DIR path [path ...]
import fs from "node:fs";
import path from "node:path";
import { chromium } from "@playwright/test";

const [base, email, password, outDir, ...paths] = process.argv.slice(2);
fs.mkdirSync(outDir, { recursive: true });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"],
});
for (const [label, viewport] of [
  ["desktop", { width: 1440, height: 900 }],
  ["phone", { width: 390, height: 844 }],
]) {
  const context = await browser.newContext({ viewport, deviceScaleFactor: 1 });
  const page = await context.newPage();
  await page.goto(`${base}/signin`);
  await page.screenshot({ path: path.join(outDir, `signin-${label}.png`) });
  if (email) {
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill(password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL((url) => !url.pathname.startsWith("/signin"));
  }
  for (const p of paths) {
    await page.goto(`${base}${p}`);
    // Not "networkidle": the live event stream keeps the network busy on every studio page.
    await page.waitForLoadState("load");
    await page.waitForTimeout(1200);
    const name = p.replace(/[^a-z0-9]+/gi, "_").replace(/^_|_$/g, "") || "home";
    await page.screenshot({ path: path.join(outDir, `${name}-${label}.png`), fullPage: true });
  }
  await context.close();
}
await browser.close();
console.log(`screenshots in ${outDir}`);
