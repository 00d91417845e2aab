// Secrets that must exist for the studio to run: taken from the environment when given,
// otherwise generated once and kept in DATA_DIR/secrets.json (mode 0600), outside the database.
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { ensurePrivateDir, secretsFile } from "./runtime-paths";

type SecretName = "NEXTAUTH_SECRET" | "MASTER_KEY" | "SIMULATOR_API_KEY";
const NAMES: readonly SecretName[] = ["NEXTAUTH_SECRET", "MASTER_KEY", "SIMULATOR_API_KEY"];

export interface Secrets {
  nextAuthSecret: string;
  masterKey: string;
  simulatorApiKey: string;
}

function readFileSecrets(file: string): Partial<Record<SecretName, string>> {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8"));
  } catch (error) {
    const { code, message } = error as NodeJS.ErrnoException;
    if (code === "ENOENT") return {};
    throw new Error(`Cannot read ${file}: ${message}`);
  }
}

/** Returns { nextAuthSecret, masterKey, simulatorApiKey }, generating and persisting whichever is missing. */
export function loadSecrets(): Secrets {
  const file = secretsFile();
  const stored = readFileSecrets(file);
  let changed = false;
  for (const name of NAMES) {
    if (!process.env[name] && !stored[name]) {
      stored[name] = randomBytes(32).toString("base64url");
      changed = true;
    }
  }
  if (changed) {
    ensurePrivateDir(path.dirname(file));
    const tmp = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, JSON.stringify(stored, null, 2), { mode: 0o600 });
    fs.renameSync(tmp, file);
  }
  return {
    // Each is in the environment or, by the loop above, in `stored`.
    nextAuthSecret: (process.env.NEXTAUTH_SECRET || stored.NEXTAUTH_SECRET)!,
    masterKey: (process.env.MASTER_KEY || stored.MASTER_KEY)!,
    // The key the built-in simulator accepts (it is a vendor: it has its own key).
    simulatorApiKey: (process.env.SIMULATOR_API_KEY || stored.SIMULATOR_API_KEY)!,
  };
}
