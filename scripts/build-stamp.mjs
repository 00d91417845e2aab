// Knows whether .next holds a build of the current source: a hash of every file that
// goes into the build, stored beside the build when it finishes.
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

const INPUTS = [
  "app",
  "packages",
  "components",
  "lib",
  "public",
  "prisma/schema.prisma",
  "instrumentation.ts",
  "proxy.ts",
  "next.config.mjs",
  "postcss.config.mjs",
  "tsconfig.json",
  "package.json",
  "package-lock.json",
];
const SKIP = /(^|\/)(node_modules|\.next[^/]*|generated)(\/|$)|\.test\.tsx?$/;

function walk(root, rel, out) {
  const full = path.join(root, rel);
  if (!fs.existsSync(full) || SKIP.test(rel)) return;
  const stat = fs.statSync(full);
  if (stat.isDirectory()) {
    for (const name of fs.readdirSync(full).sort()) walk(root, path.join(rel, name), out);
  } else {
    out.push(rel);
  }
}

export function sourceHash(root) {
  const files = [];
  for (const input of INPUTS) walk(root, input, files);
  const hash = createHash("sha256");
  for (const file of files) {
    hash.update(file);
    hash.update(fs.readFileSync(path.join(root, file)));
  }
  return hash.digest("hex");
}

const distDir = (root) => path.join(root, process.env.NEXT_DIST_DIR || ".next");
const stampFile = (root) => path.join(distDir(root), "atelier-source-hash");

export function buildIsCurrent(root) {
  if (!fs.existsSync(path.join(distDir(root), "BUILD_ID"))) return false;
  try {
    return fs.readFileSync(stampFile(root), "utf8").trim() === sourceHash(root);
  } catch {
    return false;
  }
}

export function writeBuildStamp(root) {
  fs.writeFileSync(stampFile(root), sourceHash(root));
}

function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === "EPERM";
  }
}

/**
 * Runs `build` while holding a lock file beside the build folder: several studio processes started
 * at once from one checkout (one PostgreSQL, several PORTs) must not run `next build` into the same
 * folder together. The others wait, then find the build current. A lock left by a dead process is
 * taken over.
 */
export async function withBuildLock(root, log, build) {
  const lock = `${distDir(root)}.build-lock`;
  let waiting = false;
  for (;;) {
    try {
      fs.writeFileSync(lock, String(process.pid), { flag: "wx" });
      break;
    } catch (error) {
      if (error.code !== "EEXIST") throw error;
      const holder = Number(fs.readFileSync(lock, "utf8"));
      if (!holder || !alive(holder)) {
        fs.rmSync(lock, { force: true });
        continue;
      }
      if (!waiting) log(`another studio process (pid ${holder}) is building: waiting for it`);
      waiting = true;
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
  }
  try {
    build();
  } finally {
    fs.rmSync(lock, { force: true });
  }
}
