import { expect, test, type Page } from "@playwright/test";
import { CreatePage } from "./pages/create-page";
import { GalleryPage } from "./pages/gallery-page";
import { JobPage } from "./pages/job-page";
import { signIn, signedInContext, uniqueWord } from "./support/sign-in";
import { ADMIN, MEMBER } from "./support/env";
import { afterServerAction } from "./support/server-action";

/** Makes a finished imagine through the composer and returns its prompt text (without flags). */
async function imagine(page: Page, text: string, flags = ""): Promise<string> {
  const create = new CreatePage(page);
  await create.goto();
  const card = await create.generate(`${text}${flags ? ` ${flags}` : ""}`);
  await expect(card.getByRole("button", { name: "U1", exact: true })).toBeVisible({ timeout: 30_000 });
  return text;
}

test.describe("[GALLERY]", () => {
  test.beforeEach(async ({ page }) => {
    await signIn(page, ADMIN);
  });

  test("search finds a job by a word of its prompt", async ({ page }) => {
    const word = uniqueWord("lantern");
    const hit = await imagine(page, `a paper ${word} over water`);
    const miss = await imagine(page, `a mossy stone bridge ${uniqueWord("bridge")}`);
    const gallery = new GalleryPage(page);
    await gallery.goto();
    await expect(gallery.tile(miss)).toBeVisible();
    await gallery.search(word);
    await expect(gallery.tile(hit)).toBeVisible();
    await expect(gallery.tile(miss)).toHaveCount(0);
  });

  test("search finds a job by a Chinese word", async ({ page }) => {
    const tag = uniqueWord("zh");
    const fox = await imagine(page, `一只在雪地里的红狐狸 ${tag}`);
    const bird = await imagine(page, `一只蓝色的小鸟站在树枝上 ${tag}`);
    const gallery = new GalleryPage(page);
    await gallery.goto();
    await gallery.search("红狐狸");
    await expect(gallery.tile(fox)).toBeVisible();
    await expect(gallery.tile(bird)).toHaveCount(0);
  });

  test("filters narrow the list: type and aspect ratio", async ({ page }) => {
    const word = uniqueWord("dune");
    const text = await imagine(page, `tall desert dunes ${word}`, "--ar 9:16");
    const other = await imagine(page, `wide desert dunes ${word}`, "--ar 16:9");
    const create = new CreatePage(page);
    await create.openWhenDone(create.feedCard(text));
    const job = new JobPage(page);
    await job.act("U1");
    await job.expectSingleImageDone();

    const gallery = new GalleryPage(page);
    await gallery.goto();
    await gallery.search(word);
    await expect(gallery.tile(text)).toHaveCount(2);
    await expect(gallery.tile(other)).toHaveCount(1);

    await gallery.filter("Type", "Upscale");
    await expect(gallery.tile(text)).toHaveCount(1);
    await expect(gallery.tile(other)).toHaveCount(0);

    await gallery.filter("Type", "Any");
    await gallery.filter("Aspect ratio", "16:9");
    await expect(gallery.tile(other)).toHaveCount(1);
    await expect(gallery.tile(text)).toHaveCount(0);
    await expect(page).toHaveURL(/ar=16%3A9/);
  });

  test("favourite an image and find it under Favourites", async ({ page }) => {
    const text = await imagine(page, `a single red tulip ${uniqueWord("tulip")}`);
    const gallery = new GalleryPage(page);
    await gallery.goto();
    const tile = gallery.tile(text);
    await tile.hover();
    await tile.getByRole("button", { name: "Favourite" }).click();
    await expect(tile.getByRole("button", { name: "Favourite" })).toHaveAttribute("aria-pressed", "true");

    await gallery.view("Favourites");
    await expect(gallery.tile(text)).toBeVisible();
    await gallery.tile(text).hover();
    // The tile leaves at once; the reload must wait for the write it shows (on PostgreSQL the
    // reload's render could otherwise read the row before the unfavourite commits).
    await afterServerAction(page, () => gallery.tile(text).getByRole("button", { name: "Favourite" }).click());
    await expect(gallery.tile(text)).toHaveCount(0);
    await page.reload();
    await expect(page.getByRole("tab", { name: "Favourites" })).toHaveAttribute("aria-selected", "true");
    await expect(gallery.tile(text)).toHaveCount(0);
  });

  test("trash hides an image everywhere; restore brings it back; only its creator or an admin may", async ({ page, browser }) => {
    const text = await imagine(page, `an old brass key ${uniqueWord("key")}`);
    const member = await signedInContext(browser, MEMBER);
    const memberGallery = new GalleryPage(member);
    await memberGallery.goto();
    await expect(memberGallery.tile(text)).toBeVisible();
    await expect(memberGallery.tile(text).getByRole("button", { name: "Move to trash" })).toHaveCount(0);

    const gallery = new GalleryPage(page);
    await gallery.goto();
    await gallery.tile(text).hover();
    await gallery.tile(text).getByRole("button", { name: "Move to trash" }).click();
    await expect(gallery.tile(text)).toHaveCount(0);
    await expect(memberGallery.tile(text)).toHaveCount(0);

    await gallery.view("Trash");
    const trashed = gallery.anyTile(text);
    await expect(trashed).toBeVisible();
    await trashed.getByRole("button", { name: "Restore" }).click();
    await expect(trashed).toHaveCount(0);
    await gallery.view("All");
    await expect(gallery.tile(text)).toBeVisible();
    await expect(memberGallery.tile(text)).toBeVisible();
    await member.context().close();
  });

  test("the viewer moves with the arrow keys and closes with Esc", async ({ page }) => {
    const tag = uniqueWord("view");
    await imagine(page, `first lighthouse ${tag}`);
    await imagine(page, `second lighthouse ${tag}`);
    const gallery = new GalleryPage(page);
    await gallery.goto();
    await gallery.search(tag);
    await gallery.tile(`second lighthouse ${tag}`).getByRole("button", { name: /^View/ }).click();
    const viewer = page.getByRole("dialog", { name: "Gallery viewer" });
    await expect(viewer).toBeVisible();
    await expect(viewer.getByRole("img", { name: `second lighthouse ${tag}` })).toBeVisible();
    await expect(viewer.getByRole("button", { name: "Close" })).toBeFocused();
    await page.keyboard.press("ArrowRight");
    await expect(viewer.getByRole("img", { name: `first lighthouse ${tag}` })).toBeVisible();
    await expect(viewer.getByText("2 / 2")).toBeVisible();
    await page.keyboard.press("ArrowLeft");
    await expect(viewer.getByText("1 / 2")).toBeVisible();
    await page.keyboard.press("Escape");
    await expect(viewer).toBeHidden();
    await expect(gallery.tile(`second lighthouse ${tag}`).getByRole("button", { name: /^View/ })).toBeFocused();
  });
});
