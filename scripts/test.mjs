#!/usr/bin/env node
// `npm test`: every test. Static checks (types, lint), unit and integration tests (Vitest),
// then end-to-end tests (Playwright in Chromium against `next start` and the built-in
// simulator). The integration and end-to-end tests run twice: on SQLite with local image files,
// and on PostgreSQL with images in an S3 server (issue 13). Ends with one summary line
// "N passed, N failed". `--sqlite-only` leaves out the second runs (for a quick local check).
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { ensureChromium } from "./find-chromium.mjs";
import { ensurePostgres } from "./ensure-postgres.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
process.chdir(root);
const args = new Set(process.argv.slice(2));
const bin = (name) => path.join(root, "node_modules", ".bin", name);
const reports = fs.mkdtempSync(path.join(os.tmpdir(), "atelier-test-"));
const totals = { passed: 0, failed: 0, skipped: 0 };
// Every failed test by name with the first line of its error, printed again at the very end: CI
// keeps only the tail of the output, and a failure scrolled out of it cannot be looked into.
const failedTests = [];

function firstLine(text) {
  return String(text ?? "")
    .replace(/\x1b\[[0-9;]*m/g, "")
    .split("\n")
    .map((line) => line.trim())
    .find(Boolean)
    ?.slice(0, 300);
}
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

function countVitest(report) {
  const v = readJson(report);
  if (!v) return;
  totals.passed += v.numPassedTests ?? 0;
  totals.failed += v.numFailedTests ?? 0;
  totals.skipped += (v.numPendingTests ?? 0) + (v.numTodoTests ?? 0);
  for (const file of v.testResults ?? []) {
    const failures = (file.assertionResults ?? []).filter((test) => test.status === "failed");
    for (const test of failures) failedTests.push(`${path.relative(root, file.name)} › ${test.fullName}: ${firstLine(test.failureMessages?.[0])}`);
    // A file that failed before any test ran (an import error, a hook that threw).
    if (!failures.length && file.status === "failed") failedTests.push(`${path.relative(root, file.name)}: ${firstLine(file.message)}`);
  }
}

function playwrightFailures(suite, run) {
  for (const spec of suite.specs ?? []) {
    for (const test of spec.tests ?? []) {
      if (test.status !== "unexpected") continue;
      const error = test.results?.find((result) => result.error)?.error;
      failedTests.push(`${run} ${spec.file}:${spec.line} › ${spec.title}: ${firstLine(error?.message)}`);
    }
  }
  for (const child of suite.suites ?? []) playwrightFailures(child, run);
}

function countPlaywright(report, run) {
  const p = readJson(report);
  if (!p?.stats) return;
  for (const suite of p.suites ?? []) playwrightFailures(suite, run);
  totals.passed += p.stats.expected ?? 0;
  totals.failed += p.stats.unexpected ?? 0;
  totals.skipped += p.stats.skipped ?? 0;
}

/** Test files that open the studio's database: they all set it up through the integration tests' test-env. */
function testsUsingTheDatabase() {
  const found = [];
  const walk = (dir) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory() && entry.name !== "node_modules") walk(full);
      else if (entry.name.endsWith(".test.ts") && fs.readFileSync(full, "utf8").includes("support/test-env")) found.push(path.relative(root, full));
    }
  };
  for (const dir of ["app", "lib", "scripts", "tests"]) walk(path.join(root, dir));
  return found.sort();
}

/** The PostgreSQL the second run uses: the machine's own, or one the script starts (scripts/ensure-postgres.mjs). */
async function postgresForTests() {
  try {
    return await ensurePostgres({ port: Number(process.env.TEST_POSTGRES_PORT ?? 5432) });
  } catch (error) {
    console.error(`\n[test] PostgreSQL is needed for the second run of the integration and end-to-end tests:\n${error.message}`);
    failedSteps.push("PostgreSQL");
    return null;
  }
}

/** Runs a command with each output line prefixed, without waiting: several run side by side. */
function stepInParallel(name, command, commandArgs, env) {
  console.log(`[test] ── ${name} (started) ──`);
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(command, commandArgs, { env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
    for (const stream of [child.stdout, child.stderr]) {
      let rest = "";
      stream.on("data", (chunk) => {
        const lines = (rest + chunk).split("\n");
        rest = lines.pop();
        for (const line of lines) console.log(`[${name}] ${line}`);
      });
      stream.on("end", () => rest && console.log(`[${name}] ${rest}`));
    }
    child.on("close", (code) => {
      console.log(`[test] ${name}: ${code === 0 ? "ok" : "FAILED"} in ${((Date.now() - started) / 1000).toFixed(1)}s`);
      if (code !== 0) failedSteps.push(name);
      resolve(code === 0);
    });
  });
}

const postgres = args.has("--sqlite-only") ? null : await postgresForTests();
// The second runs use PostgreSQL for data and an S3 server (s3rver, started by the tests) for images.
// Tests that always need PostgreSQL (the LISTEN/NOTIFY bridge, the shared rate limiter) find it here too.
if (postgres) process.env.TEST_POSTGRES_URL = postgres;
const scaledOut = postgres ? { TEST_POSTGRES_URL: postgres, TEST_DATABASE: "postgresql", TEST_STORAGE: "s3" } : null;

if (!args.has("--e2e-only") && !args.has("--scale-only")) {
  step("types", bin("tsc"), ["--noEmit", "-p", "."]);
  step("lint", bin("eslint"), [".", "--max-warnings=0"]);
  step("format (prettier)", bin("prettier"), ["--check", "."]);
  step("line width", process.execPath, [path.join(root, "scripts", "check-line-width.mjs")]);
  const vitestReport = path.join(reports, "vitest.json");
  step("unit and integration (vitest, SQLite + local files)", bin("vitest"), [
    "run",
    "--reporter=default",
    "--reporter=json",
    `--outputFile.json=${vitestReport}`,
  ]);
  countVitest(vitestReport);
  if (scaledOut) {
    const report = path.join(reports, "vitest-postgresql.json");
    step(
      "integration (vitest, PostgreSQL + S3)",
      bin("vitest"),
      ["run", ...testsUsingTheDatabase(), "--reporter=default", "--reporter=json", `--outputFile.json=${report}`],
      scaledOut,
    );
    countVitest(report);
  }
}

let chromium;
if (!args.has("--unit-only")) {
  try {
    chromium = await ensureChromium();
  } catch (error) {
    console.error(`\n[test] ${error.message}`);
    process.exit(1);
  }
}

if (!args.has("--unit-only")) {
  // The two end-to-end runs side by side, each with its own studio, port, data and report (they spend
  // most of their time waiting on the simulator's steps); then the scale-out test on its own. All three
  // at once starved the two cores: a 20 s test took 1.6 min and sign-ins timed out.
  const runs = [];
  if (!args.has("--scale-only")) {
    runs.push({ name: "e2e:sqlite", args: ["test"], env: { E2E_PORT: "3210" } });
    if (scaledOut)
      runs.push({
        name: "e2e:postgresql+s3",
        args: ["test"],
        env: { E2E_PORT: "3220", E2E_DATABASE: "postgresql", E2E_STORAGE: "s3", TEST_POSTGRES_URL: postgres },
      });
  }
  // Two studio processes on one PostgreSQL and one bucket, one killed mid-run (e2e-scale/).
  if (postgres && !args.has("--sqlite-only"))
    runs.push({ name: "scale-out:two-processes", args: ["test", "-c", "playwright.scale.config.ts"], env: { TEST_POSTGRES_URL: postgres } });
  const reportsOf = runs.map((run) => path.join(reports, `${run.name.replace(/[^a-z0-9]+/g, "-")}.json`));
  const launch = (run, i) =>
    stepInParallel(run.name, bin("playwright"), run.args, {
      ...run.env,
      CHROMIUM_PATH: chromium,
      PLAYWRIGHT_JSON_OUTPUT_NAME: reportsOf[i],
      E2E_OUTPUT_DIR: path.join(root, "test-results", run.name.replace(/[^a-z0-9]+/g, "-")),
    });
  const alone = (run) => run.name.startsWith("scale-out");
  await Promise.all(runs.map((run, i) => (alone(run) ? null : launch(run, i))));
  for (const [i, run] of runs.entries()) if (alone(run)) await launch(run, i);
  reportsOf.forEach((report, i) => countPlaywright(report, runs[i].name));
}

console.log("");
for (const failure of failedTests) console.log(`[test] FAILED ${failure}`);
if (failedSteps.length) console.log(`[test] failed steps: ${failedSteps.join(", ")}`);
// A failed step with no failed test (a crash, a type error) still counts as a failure.
const failed = Math.max(totals.failed, failedSteps.length && !totals.failed ? 1 : 0);
console.log(`${totals.passed} passed, ${failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ""}`);
process.exit(failedSteps.length ? 1 : 0);
