import { expect, test } from "@playwright/test";
import { SignInPage } from "./pages/sign-in-page";
import { ADMIN, MEMBER } from "./support/env";

test.describe("[AUTH]", () => {
  test("signing in with the seeded admin reaches the studio", async ({ page }) => {
    const signIn = new SignInPage(page);
    await signIn.goto();
    await signIn.signIn(ADMIN.email, ADMIN.password);
    await expect(page).toHaveURL(/\/$/);
    await expect(page.getByRole("heading", { name: "Create" })).toBeVisible();
    await expect(page.getByText(`Signed in as ${ADMIN.email}`)).toBeVisible();
  });

  test("a wrong password shows the error and stays signed out", async ({ page }) => {
    const signIn = new SignInPage(page);
    await signIn.goto();
    await signIn.signIn(ADMIN.email, "not-the-password");
    await signIn.expectError();
    await expect(page).toHaveURL(/\/signin/);
    await page.goto("/");
    await expect(page).toHaveURL(/\/signin/);
  });

  test("an unknown email gets the same message as a wrong password", async ({ page }) => {
    const signIn = new SignInPage(page);
    await signIn.goto();
    await signIn.signIn("nobody@e2e.test", "whatever-password");
    await signIn.expectError();
  });

  test("a signed-out visit to / and /admin lands on the sign-in page", async ({ page }) => {
    await page.goto("/");
    await expect(page).toHaveURL(/\/signin\?callbackUrl=%2F$/);
    await expect(page.getByRole("button", { name: "Sign in" })).toBeVisible();
    await page.goto("/admin");
    await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Fadmin/);
  });

  test("a MEMBER cannot open /admin", async ({ page }) => {
    const signIn = new SignInPage(page);
    await signIn.goto();
    await signIn.signIn(MEMBER.email, MEMBER.password);
    await expect(page.getByRole("heading", { name: "Create" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Admin" })).toHaveCount(0);
    await page.goto("/admin");
    await expect(page.getByRole("heading", { name: "Not allowed" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Admin", exact: true })).toHaveCount(0);
  });

  test("sign out ends the session", async ({ page }) => {
    const signIn = new SignInPage(page);
    await signIn.goto();
    await signIn.signIn(ADMIN.email, ADMIN.password);
    await expect(page.getByRole("heading", { name: "Create" })).toBeVisible();
    await page.getByRole("button", { name: "Sign out" }).first().click();
    await expect(page).toHaveURL(/\/signin/);
    await page.goto("/");
    await expect(page).toHaveURL(/\/signin/);
  });

  test("[H11.10] a hostile callbackUrl keeps a signed-in visitor on the studio", async ({ page, baseURL }) => {
    const signIn = new SignInPage(page);
    await signIn.goto();
    await signIn.signIn(MEMBER.email, MEMBER.password);
    await expect(page.getByRole("heading", { name: "Create" })).toBeVisible();
    for (const hostile of ["/\\evil.example", "/\t/evil.example", "/%09/evil.example", "/%5C%5Cevil.example", "//evil.example"]) {
      const response = await page.request.get(`/signin?callbackUrl=${encodeURIComponent(hostile)}`, { maxRedirects: 0 });
      expect(response.status(), hostile).toBe(307);
      const location = response.headers()["location"] ?? "";
      // Resolved the way a browser resolves a Location header.
      expect(new URL(location, baseURL).origin, hostile).toBe(new URL(baseURL!).origin);
    }
    await page.goto(`/signin?callbackUrl=${encodeURIComponent("/\\evil.example")}`);
    await expect(page).toHaveURL(new RegExp(`^${baseURL}/`));
  });

  test("health reports a reachable database and a current schema", async ({ request }) => {
    const response = await request.get("/api/health");
    expect(response.status()).toBe(200);
    expect(await response.json()).toMatchObject({ ok: true, database: "reachable", schema: "current" });
  });
});
