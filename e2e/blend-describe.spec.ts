import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import sharp from "sharp";
import { expect, test } from "@playwright/test";
import { JobPage } from "./pages/job-page";
import { readJob } from "./support/job-api";
import { signIn } from "./support/sign-in";
import { ADMIN } from "./support/env";

async function pngs(count: number): Promise<string[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "atelier-e2e-png-"));
  const colours = ["#d94f4f", "#3b82f6", "#22c55e", "#eab308"];
  return Promise.all(
    Array.from({ length: count }, async (_, i) => {
      const file = path.join(dir, `input-${i + 1}.png`);
      await sharp({ create: { width: 96 + i * 16, height: 96, channels: 3, background: colours[i % colours.length] } })
        .png()
        .toFile(file);
      return file;
    }),
  );
}

test.describe("[BLEND/DESCRIBE]", () => {
  test.beforeEach(async ({ page }) => {
    await signIn(page, ADMIN);
  });

  test("blend of two uploaded images makes a grid, live", async ({ page }) => {
    await page.goto("/blend");
    await expect(page.getByRole("button", { name: "Blend", exact: true })).toBeDisabled();
    await page.getByLabel("Choose images").setInputFiles(await pngs(2));
    await expect(page.getByRole("list", { name: "Chosen images" }).getByRole("listitem")).toHaveCount(2);
    await expect(page.getByRole("status").filter({ hasText: "Uploading" })).toHaveCount(0);
    await page.getByRole("radio", { name: /Landscape/ }).check();
    await page.getByRole("button", { name: "Blend", exact: true }).click();

    const result = page.getByRole("region", { name: "Your blends" }).getByRole("article");
    await expect(result.getByRole("button", { name: "U1", exact: true })).toBeVisible({ timeout: 30_000 });
    await result.getByRole("link").first().click();
    await expect(page).toHaveURL(/\/jobs\//);
    const job = await readJob(page, new JobPage(page).id);
    expect(job.kind).toBe("BLEND");
    const tile = job.images.find((i) => i.kind === "TILE")!;
    expect(tile.width).toBeGreaterThan(tile.height);
  });

  test("a blend needs two images; removing one says so", async ({ page }) => {
    await page.goto("/blend");
    await page.getByLabel("Choose images").setInputFiles(await pngs(2));
    await page.getByRole("button", { name: "Remove image 2" }).click();
    await expect(page.getByText("Add one more image to blend.")).toBeVisible();
    await expect(page.getByRole("button", { name: "Blend", exact: true })).toBeDisabled();
  });

  test("describe → four prompts → Imagine this starts an imagine in one click", async ({ page }) => {
    await page.goto("/describe");
    const [file] = await pngs(1);
    await page.getByLabel("Choose an image").setInputFiles(file);
    await expect(page.getByRole("img", { name: /Image to describe/ })).toBeVisible();
    await page.getByRole("button", { name: "Describe", exact: true }).click();

    const prompts = page.getByRole("region", { name: "Description" }).getByRole("listitem");
    await expect(prompts).toHaveCount(4, { timeout: 30_000 });
    const first = (await prompts.first().locator("p").innerText()).replace(/^1\s*/, "").trim();
    await prompts
      .first()
      .getByRole("button", { name: /Imagine this/ })
      .click();
    await expect(page).toHaveURL(/\/jobs\//);
    const job = new JobPage(page);
    await job.expectGridDone();
    const imagine = await readJob(page, job.id);
    expect(imagine.kind).toBe("IMAGINE");
    expect(imagine.prompt).toBe(first.replace(/\s+/g, " "));
  });
});
