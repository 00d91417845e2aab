import { expect, test, type Locator, type Page } from "@playwright/test";
import { readJob } from "./support/job-api";
import { signIn, uniqueWord } from "./support/sign-in";
import { upscaleThroughUi } from "./support/upscale-through-ui";
import { ADMIN } from "./support/env";

/** Waits for a video job's clip on its page and proves it plays: its currentTime moves on. */
async function expectClipPlays(page: Page): Promise<Locator> {
  const video = page.getByTestId("job-video");
  await expect(video).toBeVisible({ timeout: 60_000 });
  await expect.poll(() => video.evaluate((v: HTMLVideoElement) => v.currentTime), { timeout: 30_000 }).toBeGreaterThan(0.2);
  return video;
}

async function openChild(page: Page, parentId: string, press: () => Promise<void>): Promise<string> {
  await press();
  await expect(page).not.toHaveURL(new RegExp(`/jobs/${parentId}$`));
  await expect(page).toHaveURL(/\/jobs\/[^/]+$/);
  return new URL(page.url()).pathname.split("/")[2];
}

test.describe("[VIDEO]", () => {
  test("imagine → U1 → Animate (low motion) → the clip plays on the job page and downloads as MP4 → Extend", async ({ page }) => {
    // Six clips are encoded on the way (2 + 4), by the built-in simulator, while npm test runs two
    // other suites beside this one on two cores.
    test.setTimeout(360_000);
    await signIn(page, ADMIN);
    const word = uniqueWord("kite");
    const { upscaleId } = await upscaleThroughUi(page, `a red kite over a windy beach ${word}`, word);

    const animate = page.getByRole("region", { name: "Animate" });
    await animate.getByRole("radio", { name: /Low motion/ }).check();
    await animate.getByLabel("Clips").selectOption("2");
    const videoId = await openChild(page, upscaleId, () => animate.getByRole("button", { name: "Animate" }).click());

    const video = await expectClipPlays(page);
    const job = await readJob(page, videoId);
    expect(job).toMatchObject({ kind: "VIDEO", status: "SUCCEEDED", parentId: upscaleId });
    const clips = job.images.filter((i) => i.kind === "VIDEO");
    expect(clips).toHaveLength(2);
    // The player and the download are the studio's own copy, never a vendor link.
    expect(await video.getAttribute("src")).toBe(`/api/images/${clips[0].id}/full`);
    const download = await page.request.get((await page.getByRole("link", { name: "Download MP4" }).getAttribute("href"))!);
    expect(download.headers()["content-type"]).toBe("video/mp4");
    expect((await download.body()).subarray(4, 8).toString("latin1")).toBe("ftyp");
    const ranged = await page.request.get(`/api/images/${clips[0].id}/full`, { headers: { Range: "bytes=0-99" } });
    expect(ranged.status()).toBe(206);

    await page.getByRole("button", { name: /^Clip 2/ }).click();
    await expect(video).toHaveAttribute("src", `/api/images/${clips[1].id}/full`);
    const extend = page.getByRole("region", { name: "Extend" });
    const extendedId = await openChild(page, videoId, () => extend.getByRole("button", { name: "Extend clip 2" }).click());
    await expectClipPlays(page);
    expect(await readJob(page, extendedId)).toMatchObject({ kind: "VIDEO", action: "extend", status: "SUCCEEDED", parentId: videoId });
    await expect(page.getByRole("navigation", { name: "Lineage" }).getByRole("link", { name: /Animate/ })).toBeVisible();
  });
});
