// The studio against vendors as their servers really behave (issue 10), in Chromium:
// New API (empty first status, ServerAddress image links, Vary Region's modal right after the
// action) and a self-hosted trueai with Remix on (V1 parked in MODAL, images on a CDN host).
import { expect, test, type Page } from "@playwright/test";
import { CreatePage } from "./pages/create-page";
import { JobPage } from "./pages/job-page";
import { MaskEditorPage } from "./pages/mask-editor-page";
import { RemixDialog } from "./pages/remix-dialog";
import { ADMIN } from "./support/env";
import { readJob } from "./support/job-api";
import { ensureRealVendorConnections, REAL_NEWAPI, REAL_TRUEAI, simulatorKnobs, simulatorTasks } from "./support/real-vendor-connections";
import { signIn, uniqueWord } from "./support/sign-in";

async function imagineOn(page: Page, connection: string, prompt: string): Promise<JobPage> {
  const create = new CreatePage(page);
  await create.goto();
  await create.openSettings();
  await page.getByLabel("Vendor").selectOption({ label: connection });
  await create.openWhenDone(await create.generate(prompt));
  const job = new JobPage(page);
  await job.expectGridDone();
  return job;
}

/** Every image of the job is in the studio's own storage and loads from it. */
async function expectStoredImages(page: Page, jobId: string, count: number) {
  const job = await readJob(page, jobId);
  expect(job.status).toBe("SUCCEEDED");
  expect(job.images).toHaveLength(count);
  for (const image of job.images) {
    expect(image.fullUrl).toMatch(/^\/api\/images\//);
    expect((await page.request.get(image.fullUrl)).status()).toBe(200);
  }
}

test.describe("[REAL VENDORS]", () => {
  test.describe.configure({ timeout: 360_000 });

  test.beforeEach(async ({ page, baseURL }) => {
    ensureRealVendorConnections(baseURL!);
    // New API copies the upstream state every 15 s; every 0.5 s keeps the test short (its
    // empty first status still shows until the first copy).
    await simulatorKnobs(page.request, { newapi: { pollerMs: 500 }, trueai: { remix: true } });
    await signIn(page, ADMIN);
  });

  test("New API as it really is: imagine → U1 → Vary (Region) succeeds and the images are stored", async ({ page }) => {
    const word = uniqueWord("harbour");
    const grid = await imagineOn(page, REAL_NEWAPI, `a harbour at dawn ${word} --ar 16:9`);
    await expectStoredImages(page, grid.id, 5);

    const upscaleId = await grid.act("U1");
    await grid.expectSingleImageDone();
    await expectStoredImages(page, upscaleId, 1);
    const upscale = await readJob(page, upscaleId);

    await page.getByRole("link", { name: "Vary (Region)" }).click();
    const editor = new MaskEditorPage(page);
    await expect(editor.stage.locator("canvas").first()).toBeVisible();
    await expect(page.getByLabel("Prompt")).toHaveValue(new RegExp(word));
    const W = upscale.width!;
    const H = upscale.height!;
    await editor.rectangle({ x: W * 0.2, y: H * 0.2 }, { x: W * 0.5, y: H * 0.6 });
    await editor.button("Submit").click();
    await page.waitForURL((url) => /^\/jobs\/[^/]+$/.test(url.pathname) && !url.pathname.endsWith(upscaleId));
    const varied = new JobPage(page);
    await varied.expectGridDone();
    await expectStoredImages(page, varied.id, 5);
    expect(await readJob(page, varied.id)).toMatchObject({ kind: "INPAINT", parentId: upscaleId });
  });

  test("remix-mode trueai: V1 succeeds without the Remix toggle (the studio answers the dialog with the prompt)", async ({ page }) => {
    const word = uniqueWord("forest");
    const grid = await imagineOn(page, REAL_TRUEAI, `a quiet forest ${word}`);
    await expectStoredImages(page, grid.id, 5);
    await new RemixDialog(page).setRemix(false);
    const v1 = await grid.act("V1");
    await grid.expectGridDone();
    await expectStoredImages(page, v1, 5);
    const tasks = await simulatorTasks(page.request, "trueai");
    // The dialog's answer (/mj/submit/modal) carried the job's prompt.
    const variation = tasks.find((t) => t.kind === "variation" && t.requests.some((r) => r.body.prompt === `a quiet forest ${word}`));
    expect(variation, "a variation confirmed with the job's prompt").toBeDefined();
  });

  test("remix-mode trueai: with the Remix toggle on, V1 asks for the prompt and the edited one reaches the vendor", async ({ page }) => {
    const word = uniqueWord("river");
    const grid = await imagineOn(page, REAL_TRUEAI, `a cold river ${word}`);
    const remix = new RemixDialog(page);
    await remix.setRemix(true);
    await page.getByRole("button", { name: "V1", exact: true }).click();
    await expect(remix.dialog).toBeVisible();
    await expect(remix.prompt).toHaveValue(`a cold river ${word}`);
    await remix.prompt.fill(`a cold river at night ${word}`);
    await remix.submit();
    await expect(page).not.toHaveURL(new RegExp(`/jobs/${grid.id}$`));
    const v1 = new JobPage(page);
    await v1.expectGridDone();
    await expectStoredImages(page, v1.id, 5);
    expect(await readJob(page, v1.id)).toMatchObject({ action: "variation:1", prompt: `a cold river at night ${word}` });
    const tasks = await simulatorTasks(page.request, "trueai");
    const variation = tasks.find((t) => t.kind === "variation" && t.requests.some((r) => r.body.prompt === `a cold river at night ${word}`));
    expect(variation, "a variation confirmed with the edited prompt").toBeDefined();
    await remix.setRemix(false);
  });
});
