// `npm run user -- add --email E --password P [--role ADMIN|MEMBER] [--team NAME] [--name NAME]`
// `npm run user -- unlock --email E`
// Operator tool for accounts from the command line (the admin pages do the same): create one,
// or lift the sign-in lock after too many failed attempts.
import { parseArgs } from "node:util";
import { z } from "zod";
import { clearSignInLock } from "@/lib/trusted/users/clear-sign-in-lock";
import { createUser } from "@/lib/trusted/users/create-user";
import { STUDIO_ROLES } from "@/lib/domain/roles";
import { isAppError } from "@/lib/errors";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/password";

const addSchema = z.object({
  email: z.string().email("--email must be an email address"),
  password: z.string().min(MIN_PASSWORD_LENGTH, `--password needs at least ${MIN_PASSWORD_LENGTH} characters`),
  role: z.enum(STUDIO_ROLES, { message: "--role must be ADMIN or MEMBER" }).default("MEMBER"),
  team: z.string().min(1).default("Studio"),
  name: z.string().optional(),
});

const USAGE = [
  "usage: npm run user -- add --email EMAIL --password PASSWORD [--role ADMIN|MEMBER] [--team NAME] [--name NAME]",
  "       npm run user -- unlock --email EMAIL",
].join("\n");

async function unlock(emailArg: string | undefined) {
  const email = z.string().email("--email must be an email address").safeParse(emailArg);
  if (!email.success) {
    console.error(`error: ${email.error.issues[0].message}\n${USAGE}`);
    process.exit(2);
  }
  const result = await clearSignInLock(email.data, { id: null, email: "command line" });
  console.log(result.wasLocked ? `unlocked ${result.email}: they can sign in again now` : `${result.email} was not locked (unlocked anyway)`);
}

async function main() {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: { email: { type: "string" }, password: { type: "string" }, role: { type: "string" }, team: { type: "string" }, name: { type: "string" } },
  });
  if (positionals[0] === "unlock") return unlock(values.email);
  if (positionals[0] !== "add") {
    console.error(USAGE);
    process.exit(2);
  }
  const parsed = addSchema.safeParse(values);
  if (!parsed.success) {
    console.error(parsed.error.issues.map((i) => `error: ${i.message}`).join("\n"));
    process.exit(2);
  }
  const { email, password, role, team, name } = parsed.data;
  const user = await createUser({ email, password, role, teamName: team, name });
  console.log(`created ${role.toLowerCase()} ${email} in team "${team}" (id ${user.id})`);
}

main().catch((error) => {
  console.error(`error: ${isAppError(error) ? error.userMessage : (error as Error).message}`);
  process.exit(1);
});
