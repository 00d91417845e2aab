// Secrets that must exist for the studio to run: taken from the environment when given,
// otherwise generated once and kept in DATA_DIR/secrets.json (mode 0600), outside the database.
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { ensurePrivateDir, secretsFile } from "./runtime-paths.mjs";

function readFileSecrets(file) {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8"));
  } catch (error) {
    if (error && error.code === "ENOENT") return {};
    throw new Error(`Cannot read ${file}: ${error.message}`);
  }
}

/** Returns { nextAuthSecret, masterKey, simulatorApiKey }, generating and persisting whichever is missing. */
export function loadSecrets() {
  const file = secretsFile();
  const stored = readFileSecrets(file);
  let changed = false;
  for (const name of ["NEXTAUTH_SECRET", "MASTER_KEY", "SIMULATOR_API_KEY"]) {
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
    nextAuthSecret: process.env.NEXTAUTH_SECRET || stored.NEXTAUTH_SECRET,
    masterKey: process.env.MASTER_KEY || stored.MASTER_KEY,
    // The key the built-in simulator accepts (it is a vendor: it has its own key).
    simulatorApiKey: process.env.SIMULATOR_API_KEY || stored.SIMULATOR_API_KEY,
  };
}
