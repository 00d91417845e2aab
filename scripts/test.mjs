#!/usr/bin/env node
// `npm test`: every test. Static checks (types, lint), unit and integration tests (Vitest),
// then end-to-end tests (Playwright in Chromium against `next start` and the built-in
// simulator). Ends with one summary line "N passed, N failed".
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { ensureChromium } from "./find-chromium.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
process.chdir(root);
const args = new Set(process.argv.slice(2));
const bin = (name) => path.join(root, "node_modules", ".bin", name);
const reports = fs.mkdtempSync(path.join(os.tmpdir(), "atelier-test-"));
const totals = { passed: 0, failed: 0, skipped: 0 };
let failedSteps = [];

function step(name, command, commandArgs, env = {}) {
  console.log(`\n[test] ── ${name} ──`);
  const started = Date.now();
  const result = spawnSync(command, commandArgs, { stdio: "inherit", env: { ...process.env, ...env } });
  console.log(`[test] ${name}: ${result.status === 0 ? "ok" : "FAILED"} in ${((Date.now() - started) / 1000).toFixed(1)}s`);
  if (result.status !== 0) failedSteps.push(name);
  return result.status === 0;
}

function readJson(file) {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8"));
  } catch {
    return null;
  }
}

if (!args.has("--e2e-only")) {
  step("types", bin("tsc"), ["--noEmit", "-p", "."]);
  step("lint", bin("eslint"), [".", "--max-warnings=0"]);
  step("format (prettier)", bin("prettier"), ["--check", "."]);
  step("line width", process.execPath, [path.join(root, "scripts", "check-line-width.mjs")]);
  const vitestReport = path.join(reports, "vitest.json");
  step("unit and integration (vitest)", bin("vitest"), ["run", "--reporter=default", "--reporter=json", `--outputFile.json=${vitestReport}`]);
  const v = readJson(vitestReport);
  if (v) {
    totals.passed += v.numPassedTests ?? 0;
    totals.failed += v.numFailedTests ?? 0;
    totals.skipped += (v.numPendingTests ?? 0) + (v.numTodoTests ?? 0);
  }
}

if (!args.has("--unit-only")) {
  let chromium;
  try {
    chromium = await ensureChromium();
  } catch (error) {
    console.error(`\n[test] ${error.message}`);
    process.exit(1);
  }
  const playwrightReport = path.join(reports, "playwright.json");
  step("end-to-end (playwright)", bin("playwright"), ["test"], {
    CHROMIUM_PATH: chromium,
    PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightReport,
  });
  const p = readJson(playwrightReport);
  if (p?.stats) {
    totals.passed += p.stats.expected ?? 0;
    totals.failed += (p.stats.unexpected ?? 0) + (p.stats.flaky ?? 0) * 0;
    totals.skipped += p.stats.skipped ?? 0;
  }
}

console.log("");
if (failedSteps.length) console.log(`[test] failed steps: ${failedSteps.join(", ")}`);
// A failed step with no failed test (a crash, a type error) still counts as a failure.
const failed = Math.max(totals.failed, failedSteps.length && !totals.failed ? 1 : 0);
console.log(`${totals.passed} passed, ${failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ""}`);
process.exit(failedSteps.length ? 1 : 0);
