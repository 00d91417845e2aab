import { expect, test } from "@playwright/test";
import { CreatePage } from "./pages/create-page";
import { GalleryPage } from "./pages/gallery-page";
import { signIn, signedInContext, uniqueWord } from "./support/sign-in";
import { ADMIN, MEMBER, OUTSIDER } from "./support/env";

test.describe("[LIVE]", () => {
  test("a teammate sees a new image appear without reloading; another team does not", async ({ page, browser }) => {
    await signIn(page, ADMIN);
    const member = await signedInContext(browser, MEMBER);
    const outsider = await signedInContext(browser, OUTSIDER);
    const memberGallery = new GalleryPage(member);
    const outsiderGallery = new GalleryPage(outsider);
    await memberGallery.goto();
    await outsiderGallery.goto();
    await expect(member.getByText("Live", { exact: true })).toBeVisible();
    await expect(outsider.getByText("Live", { exact: true })).toBeVisible();
    const memberNavigations: string[] = [];
    member.on("framenavigated", (frame) => frame === member.mainFrame() && memberNavigations.push(frame.url()));

    const text = `a hot air balloon over hills ${uniqueWord("live")}`;
    const create = new CreatePage(page);
    await create.goto();
    const card = await create.generate(text);
    await expect(card.getByRole("button", { name: "U1", exact: true })).toBeVisible({ timeout: 30_000 });

    await expect(memberGallery.tile(text)).toBeVisible();
    expect(memberNavigations).toEqual([]);

    // The member's feed (Team tab) has it too, live.
    await member.goto("/");
    await member.getByRole("tab", { name: "Team" }).click();
    await expect(new CreatePage(member).feedCard(text)).toBeVisible();

    await expect(outsiderGallery.anyTile(text)).toHaveCount(0);
    await outsider.reload();
    await expect(outsider.getByRole("heading", { name: "Gallery" })).toBeVisible();
    await expect(outsiderGallery.anyTile(text)).toHaveCount(0);
    const id = /\/jobs\/([^/?#]+)/.exec((await card.getByRole("link").first().getAttribute("href")) ?? "")?.[1];
    expect((await outsider.request.get(`/api/jobs/${id}`)).status()).toBe(404);

    await member.context().close();
    await outsider.context().close();
  });

  test("a job started in the feed shows its progress and then its images live", async ({ page }) => {
    await signIn(page, ADMIN);
    const create = new CreatePage(page);
    await create.goto();
    const card = await create.generate(`a slow sunrise ${uniqueWord("sun")}`);
    await expect(card.getByRole("progressbar").or(card.getByRole("button", { name: "U1", exact: true }))).toBeVisible();
    await expect(card.getByRole("button", { name: "U1", exact: true })).toBeVisible({ timeout: 30_000 });
    await card.getByRole("button", { name: "U3", exact: true }).click();
    await expect(page.getByRole("article").filter({ hasText: "Upscale U3" }).first()).toBeVisible();
  });
});
