import { expect, test } from "@playwright/test";
import { AdminAuditPage } from "./pages/admin-audit-page";
import { AdminSettingsPage } from "./pages/admin-settings-page";
import { ADMIN, MEMBER } from "./support/env";
import { signIn } from "./support/sign-in";

test.describe("[H11.18] data retention", () => {
  test("[H11.18] an admin changes how long records are kept; the change is saved and audited", async ({ page }) => {
    await signIn(page, ADMIN);
    const settings = new AdminSettingsPage(page);
    await settings.goto();
    await expect(settings.days("Audit log")).toHaveValue("180");
    await expect(settings.days("Webhook callbacks")).toHaveValue("7");
    await expect(settings.days("Live-update events")).toHaveValue("2");
    await expect(settings.days("Rate-limit counters")).toHaveValue("1");

    await settings.days("Audit log").fill("90");
    await settings.days("Webhook callbacks").fill("14");
    await settings.save();
    await expect(page.getByRole("status")).toHaveText("Saved. The next sweep uses the new retention.");
    await page.reload();
    await expect(settings.days("Audit log")).toHaveValue("90");
    await expect(settings.days("Webhook callbacks")).toHaveValue("14");

    const audit = new AdminAuditPage(page);
    await audit.filter({ action: "settings." });
    await expect(audit.entry("Retention changed", "auditDays: 180").filter({ hasText: "auditDays: 90" })).toHaveCount(1);

    // Back to the defaults, so other tests see a studio as shipped.
    await settings.goto();
    await settings.days("Audit log").fill("180");
    await settings.days("Webhook callbacks").fill("7");
    await settings.save();
    await expect(page.getByRole("status")).toHaveText("Saved. The next sweep uses the new retention.");
  });

  test("[H11.18] a member can neither open the settings nor read the runtime figures", async ({ page, playwright, baseURL }) => {
    await signIn(page, MEMBER);
    await page.goto("/admin/settings");
    await expect(page.getByRole("heading", { name: "Not allowed" })).toBeVisible();
    const response = await page.request.get("/api/admin/runtime");
    expect(response.status()).toBe(403);
    const anonymous = await playwright.request.newContext({ baseURL });
    expect((await anonymous.get("/api/admin/runtime")).status()).toBe(401);
    await anonymous.dispose();
  });
});
