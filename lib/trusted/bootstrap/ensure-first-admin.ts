import "server-only";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { hashPassword } from "@/lib/auth/password";
import { serializeTransaction } from "@/lib/data/locks/serialize-transaction";
import { dataDir } from "@/lib/runtime-paths";

export const DEFAULT_ADMIN_EMAIL = "admin@atelier.local";
export const FIRST_ADMIN_FILE = "first-admin.txt";

/**
 * Creates the first admin and their team when the studio has no admin yet: from
 * ADMIN_EMAIL / ADMIN_PASSWORD, or with a generated password printed once here and kept in
 * DATA_DIR/first-admin.txt (mode 0600) for whoever missed the log line. A generated password
 * has been in a log and a file: it must be changed at the first sign-in, which also deletes
 * the file (lib/data/users/change-own-password.ts).
 */
export async function ensureFirstAdmin(): Promise<void> {
  if (await db.user.findFirst({ where: { role: "ADMIN" }, select: { id: true } })) return;
  const { ADMIN_EMAIL, ADMIN_PASSWORD } = env();
  const email = ADMIN_EMAIL ?? DEFAULT_ADMIN_EMAIL;
  const password = ADMIN_PASSWORD ?? randomBytes(12).toString("base64url");
  const passwordHash = await hashPassword(password);
  const mustChangePassword = !ADMIN_PASSWORD;
  const created = await db.$transaction(async (tx) => {
    // Several studio processes starting together on one PostgreSQL: one creates the admin, the
    // others wait here and then find it. On SQLite the write below comes after this read, but the
    // one process's transactions run one at a time.
    await serializeTransaction(tx, "first-admin");
    if (await tx.user.findFirst({ where: { role: "ADMIN" }, select: { id: true } })) return false;
    const team = await tx.team.create({ data: { name: "Studio" } });
    await tx.user.upsert({
      where: { email },
      create: {
        email,
        name: "Admin",
        passwordHash,
        mustChangePassword,
        role: "ADMIN",
        activeTeamId: team.id,
        memberships: { create: { teamId: team.id, role: "OWNER" } },
      },
      update: {
        role: "ADMIN",
        passwordHash,
        mustChangePassword,
        disabled: false,
        activeTeamId: team.id,
        memberships: { create: { teamId: team.id, role: "OWNER" } },
      },
    });
    return true;
  });
  if (!created) return;
  if (ADMIN_PASSWORD) {
    console.log(`[atelier] first admin created: ${email} (password from ADMIN_PASSWORD)`);
    return;
  }
  const file = path.join(dataDir(), FIRST_ADMIN_FILE);
  fs.writeFileSync(file, `email: ${email}\npassword: ${password}\n`, { mode: 0o600 });
  console.log(
    [
      "",
      "[atelier] ───────────────────────────────────────────────",
      "[atelier]  First admin account created. Sign in with:",
      `[atelier]    email:    ${email}`,
      `[atelier]    password: ${password}`,
      `[atelier]  (shown once; also saved in ${file})`,
      "[atelier]  You choose your own password at the first sign-in; the file is deleted then.",
      "[atelier] ───────────────────────────────────────────────",
      "",
    ].join("\n"),
  );
}
