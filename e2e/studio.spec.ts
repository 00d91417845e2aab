import { expect, test } from "@playwright/test";
import { CreatePage } from "./pages/create-page";
import { JobPage } from "./pages/job-page";
import { imageSize, readJob } from "./support/job-api";
import { signIn, uniqueWord } from "./support/sign-in";
import { ensureSimMjConnection, SIM_MJ } from "./support/sim-mj-connection";
import { ADMIN } from "./support/env";

test.describe("[STUDIO]", () => {
  test.beforeEach(async ({ page }) => {
    await signIn(page, ADMIN);
  });

  test("imagine → four images → U2 → the upscale shows", async ({ page }) => {
    const create = new CreatePage(page);
    const word = uniqueWord("fox");
    await create.goto();
    const card = await create.generate(`a red fox in snow ${word} --ar 3:2`);
    await create.openWhenDone(card);

    const job = new JobPage(page);
    await job.expectGridDone();
    const grid = await readJob(page, job.id);
    expect(grid.images.filter((i) => i.kind === "TILE")).toHaveLength(4);
    expect(grid.actions.map((a) => a.label)).toEqual(expect.arrayContaining(["U1", "U2", "U3", "U4", "V1", "V2", "V3", "V4", "Reroll"]));

    const upscaleId = await job.act("U2");
    await job.expectSingleImageDone();
    const upscale = await readJob(page, upscaleId);
    expect(upscale).toMatchObject({ kind: "ACTION", action: "upscale:2", status: "SUCCEEDED", parentId: grid.id });
    const natural = await page
      .getByRole("button", { name: "View full screen" })
      .getByRole("img")
      .evaluate((img: HTMLImageElement) => img.naturalWidth);
    expect(natural).toBe(upscale.images[0].width);
    await expect(job.lineage().getByRole("link", { name: /Imagine/ })).toBeVisible();
    await expect(page.getByRole("button", { name: "Vary (Subtle)" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Vary (Region)" })).toHaveAttribute("href", `/jobs/${upscaleId}/vary-region`);

    await page.getByRole("button", { name: "Show seed" }).click();
    await expect(page.getByRole("definition").filter({ hasText: /^\d+$/ })).toBeVisible();

    await page.getByRole("button", { name: "View full screen" }).click();
    const viewer = page.getByRole("dialog");
    await expect(viewer).toBeVisible();
    await page.keyboard.press("Escape");
    await expect(viewer).toBeHidden();
  });

  test("V1 and Reroll start children that show in the lineage", async ({ page }) => {
    const create = new CreatePage(page);
    await create.goto();
    await create.openWhenDone(await create.generate(`a paper boat ${uniqueWord("boat")}`));
    const job = new JobPage(page);
    const parentId = job.id;

    const variationId = await job.act("V1");
    await expect(page.getByText("Variation V1").first()).toBeVisible();
    await job.expectGridDone();
    expect(await readJob(page, variationId)).toMatchObject({ action: "variation:1", parentId, status: "SUCCEEDED" });

    await job
      .lineage()
      .getByRole("link", { name: /Imagine/ })
      .click();
    await expect(page).toHaveURL(new RegExp(`/jobs/${parentId}$`));
    const rerollId = await job.act("Reroll");
    await job.expectGridDone();
    expect(await readJob(page, rerollId)).toMatchObject({ action: "reroll", parentId, status: "SUCCEEDED" });

    await page.goto(`/jobs/${parentId}`);
    const children = job.lineage().getByRole("list", { name: "Made from this" });
    await expect(children.getByRole("link", { name: /Variation V1/ })).toBeVisible();
    await expect(children.getByRole("link", { name: /Reroll/ })).toBeVisible();
  });

  test("Zoom Out 2x and Pan Left change the canvas size", async ({ page }) => {
    const create = new CreatePage(page);
    await create.goto();
    await create.openWhenDone(await create.generate(`a quiet harbour ${uniqueWord("harbour")}`));
    const job = new JobPage(page);
    await job.expectGridDone();
    const upscaleId = await job.act("U1");
    await job.expectSingleImageDone();
    const source = imageSize(await readJob(page, upscaleId));

    await job.act("Zoom Out 2x");
    await job.expectGridDone();
    const zoomed = imageSize(await readJob(page, job.id));
    expect(zoomed.width).toBe(source.width * 2);
    expect(zoomed.height).toBe(source.height * 2);
    const natural = await page
      .getByRole("button", { name: "Image 1", exact: true })
      .getByRole("img")
      .evaluate((img: HTMLImageElement) => [img.naturalWidth, img.naturalHeight]);
    expect(natural).toEqual([zoomed.width, zoomed.height]);

    await page.goto(`/jobs/${upscaleId}`);
    await job.act("Pan Left");
    await job.expectGridDone();
    const panned = imageSize(await readJob(page, job.id));
    expect(panned.width).toBe(Math.round(source.width * 1.5));
    expect(panned.height).toBe(source.height);
  });

  test("Custom Zoom asks for a factor and zooms out by it (midjourney-proxy vendor)", async ({ page, baseURL }) => {
    ensureSimMjConnection(baseURL!);
    const create = new CreatePage(page);
    await create.goto();
    await create.openSettings();
    await page.getByLabel("Vendor").selectOption({ label: SIM_MJ });
    await create.openWhenDone(await create.generate(`a windmill at noon ${uniqueWord("mill")}`));
    const job = new JobPage(page);
    const upscaleId = await job.act("U1");
    await job.expectSingleImageDone();
    const source = imageSize(await readJob(page, upscaleId));

    await page.getByRole("button", { name: "Custom Zoom" }).click();
    await page.getByLabel("Zoom out by (1–2)").fill("2.5");
    await expect(page.getByText("Choose a zoom above 1 and at most 2.")).toBeVisible();
    await page.getByLabel("Zoom out by (1–2)").fill("1.5");
    await page.getByRole("button", { name: "Zoom out", exact: true }).click();
    await expect(page).not.toHaveURL(new RegExp(`/jobs/${upscaleId}$`));
    await job.expectGridDone();
    const zoomed = await readJob(page, job.id);
    expect(zoomed).toMatchObject({ action: "zoom:custom", parentId: upscaleId });
    expect(zoomed.prompt).toContain("--zoom 1.5");
    expect(imageSize(zoomed)).toEqual({ width: Math.round(source.width * 1.5), height: Math.round(source.height * 1.5) });
  });

  test("composer controls write the prompt's flags and show flags typed by hand", async ({ page }) => {
    const create = new CreatePage(page);
    await create.goto();
    await create.openSettings();
    await create.prompt.fill("a castle --ar 16:9 --s 250 --seed 42 --no people");
    await expect(page.getByRole("radio", { name: "16:9" })).toBeChecked();
    await expect(page.getByLabel("Seed")).toHaveValue("42");
    await expect(page.getByLabel(/Exclude/)).toHaveValue("people");
    await expect(page.getByRole("slider", { name: /Stylize/ })).toHaveValue("250");

    await page.getByRole("radio", { name: "9:16" }).check();
    await page.getByLabel("Version").selectOption({ label: "Niji 6" });
    await page.getByLabel("Mode").selectOption({ label: "Relax" });
    await page.getByRole("checkbox", { name: /Tile/ }).check();
    await page.getByLabel("Seed").fill("");
    await expect(create.prompt).toHaveValue("a castle --ar 9:16 --s 250 --no people --niji 6 --relax --tile");

    await create.prompt.fill("a castle --chaos 200");
    await expect(page.getByText("--chaos must be a whole number from 0 to 100")).toBeVisible();
    await page.getByRole("button", { name: "Generate" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "Fix the parameters" })).toBeVisible();

    await create.prompt.fill("   ");
    await page.getByRole("button", { name: "Generate" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "Write a prompt first" })).toBeVisible();
  });

  test("the vendor's prompt check refuses a banned prompt inline", async ({ page }) => {
    const create = new CreatePage(page);
    await create.goto();
    const prompt = `a nsfw scene ${uniqueWord("ban")}`;
    await create.prompt.fill(prompt);
    await page.getByRole("button", { name: "Generate" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "prompt check refused" })).toBeVisible();
    await expect(create.feedCard(prompt)).toHaveCount(0);
  });

  test("Reuse settings opens Create with the prompt filled", async ({ page }) => {
    const create = new CreatePage(page);
    const prompt = `a glass teapot ${uniqueWord("tea")} --ar 4:3 --chaos 10`;
    await create.goto();
    await create.openWhenDone(await create.generate(prompt));
    await page.getByRole("link", { name: "Reuse settings" }).click();
    await expect(create.prompt).toHaveValue(prompt);
    await create.openSettings();
    await expect(page.getByRole("radio", { name: "4:3" })).toBeChecked();
  });
});
