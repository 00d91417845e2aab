// Finds a Chromium for the end-to-end tests: CHROMIUM_PATH, Debian's /usr/bin/chromium,
// or Playwright's own download. Installs Debian's package when running as root with apt.
import { spawnSync } from "node:child_process";
import fs from "node:fs";

const CANDIDATES = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome", "/snap/bin/chromium"];
export const INSTALL_HINT = "sudo apt-get update && sudo apt-get install -y chromium   (or set CHROMIUM_PATH=/path/to/chromium)";

async function playwrightsOwn() {
  try {
    const { chromium } = await import("@playwright/test");
    const p = chromium.executablePath();
    return p && fs.existsSync(p) ? p : null;
  } catch {
    return null;
  }
}

export async function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (fs.existsSync(fromEnv)) return fromEnv;
    throw new Error(`CHROMIUM_PATH=${fromEnv} does not exist.`);
  }
  return CANDIDATES.find((p) => fs.existsSync(p)) ?? (await playwrightsOwn());
}

/** Returns a Chromium path, installing Debian's package if possible; otherwise throws with the command to run. */
export async function ensureChromium() {
  const found = await findChromium();
  if (found) return found;
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  const hasApt = spawnSync("sh", ["-c", "command -v apt-get"]).status === 0;
  if (isRoot && hasApt) {
    console.log("[test] no Chromium found: installing Debian's chromium with apt-get ...");
    const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
    spawnSync("apt-get", ["update", "-qq"], { stdio: "inherit", env });
    const install = spawnSync("apt-get", ["install", "-y", "-qq", "chromium"], { stdio: "inherit", env });
    const after = await findChromium();
    if (install.status === 0 && after) return after;
  }
  throw new Error(`The end-to-end tests need Chromium and none was found. Install it with:\n  ${INSTALL_HINT}`);
}
