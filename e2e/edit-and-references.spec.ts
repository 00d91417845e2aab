import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import sharp from "sharp";
import { expect, test } from "@playwright/test";
import { CreatePage } from "./pages/create-page";
import { GalleryPage } from "./pages/gallery-page";
import { JobPage } from "./pages/job-page";
import { readJob } from "./support/job-api";
import { simulatorTasks } from "./support/real-vendor-connections";
import { signIn, uniqueWord } from "./support/sign-in";
import { ADMIN } from "./support/env";

test.describe("[EDIT/REFERENCES]", () => {
  test.beforeEach(async ({ page }) => {
    await signIn(page, ADMIN);
  });

  test("upload → paint the area to change → Edit → a grid of four like any other job", async ({ page }) => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "atelier-e2e-edit-")), "room.png");
    await sharp({ create: { width: 640, height: 480, channels: 3, background: "#5a7d9a" } })
      .png()
      .toFile(file);
    await page.goto("/edit");
    await page.getByLabel(/Choose (a file|an image)/).setInputFiles(file);
    const canvas = page.getByRole("application", { name: /Mask canvas/ });
    await expect(canvas).toBeVisible();
    await page.getByRole("toolbar", { name: "Mask tools" }).getByRole("button", { name: "Rectangle", exact: true }).click();
    const box = (await canvas.boundingBox())!;
    await page.mouse.move(box.x + box.width * 0.35, box.y + box.height * 0.35);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.6, box.y + box.height * 0.65, { steps: 8 });
    await page.mouse.up();

    const form = page.getByRole("form", { name: "Edit the image" });
    await form.getByLabel("Prompt").fill(`a round window ${uniqueWord("window")}`);
    await form.getByRole("button", { name: "Edit", exact: true }).click();
    await page.waitForURL(/\/jobs\/[^/]+$/);
    const job = new JobPage(page);
    await job.expectGridDone();
    const edit = await readJob(page, job.id);
    expect(edit).toMatchObject({ kind: "EDIT", action: "edit", status: "SUCCEEDED" });
    expect(edit.images.filter((i) => i.kind === "TILE")).toHaveLength(4);
    // Edit results take follow-ups like any grid.
    await expect(page.getByRole("button", { name: "U1", exact: true })).toBeVisible();
  });

  test("a style reference picked from the gallery reaches the vendor as --sref <the studio's signed link>", async ({ page }) => {
    const source = uniqueWord("vase");
    const create = new CreatePage(page);
    await create.goto();
    await create.openWhenDone(await create.generate(`a blue glass vase ${source}`));
    const sourceJob = await readJob(page, new JobPage(page).id);

    const gallery = new GalleryPage(page);
    await gallery.goto();
    const tile = gallery.tile(`a blue glass vase ${source}`);
    await tile.hover();
    await tile.getByRole("link", { name: "Use as style reference" }).click();
    await expect(page).toHaveURL(/\/\?sref=/);
    const imageId = new URL(page.url()).searchParams.get("sref")!;
    expect(sourceJob.images.map((i) => i.id)).toContain(imageId);
    const styled = uniqueWord("garden");
    await create.generate(`a quiet garden ${styled}`);

    await expect
      .poll(async () => (await simulatorTasks(page.request, "ttapi")).find((t) => t.prompt.includes(styled))?.prompt ?? "", { timeout: 30_000 })
      .toMatch(new RegExp(`--sref http://127\\.0\\.0\\.1:\\d+/api/public/images/${imageId}\\?exp=\\d+&sig=`));
    const prompt = (await simulatorTasks(page.request, "ttapi")).find((t) => t.prompt.includes(styled))!.prompt;
    const link = /--sref (\S+)/.exec(prompt)![1];
    // The vendor's link works without a session: a fresh context holds no cookie.
    const anonymous = await page.context().browser()!.newContext();
    const answer = await anonymous.request.get(link);
    expect(answer.status()).toBe(200);
    expect(answer.headers()["content-type"]).toMatch(/^image\//);
    await anonymous.close();
  });
});
