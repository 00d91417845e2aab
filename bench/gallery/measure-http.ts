// Starts a production server on the bench data and measures GET /api/jobs and the bytes of a
// first gallery view (HTML, scripts, styles and the thumbnails on the first screen) in Chromium.
import { spawn, type ChildProcess } from "node:child_process";
import { chromium } from "@playwright/test";
import { kb, ms, timeIt } from "./stats";

export async function startServer(env: Record<string, string>, port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, ["scripts/start.mjs"], { env: { ...process.env, ...env, PORT: String(port) }, stdio: ["ignore", "pipe", "pipe"] });
  let log = "";
  child.stdout!.on("data", (d) => (log += d));
  child.stderr!.on("data", (d) => (log += d));
  const deadline = Date.now() + 600_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited:\n${log.slice(-3000)}`);
    const ok = await fetch(`http://127.0.0.1:${port}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return child;
    await new Promise((r) => setTimeout(r, 500));
  }
  child.kill();
  throw new Error(`the server did not start:\n${log.slice(-3000)}`);
}

/** SIGTERM, then waits (up to 10 s) until the server has exited and freed its port. */
export async function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGTERM");
  await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
}

export async function measureHttp(base: string, email: string, password: string) {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
  });
  try {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${base}/signin`);
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill(password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL((url) => !url.pathname.startsWith("/signin"));
    const cookie = (await context.cookies()).map((c) => `${c.name}=${c.value}`).join("; ");

    // A fresh tab with an empty cache, as a first visit: count what crosses the wire.
    const view = await (await browser.newContext({ viewport: { width: 1440, height: 900 }, storageState: await context.storageState() })).newPage();
    const bytes: Record<string, number> = {};
    const pending: Promise<void>[] = [];
    view.on("requestfinished", (request) => {
      pending.push(
        request.sizes().then((s) => {
          const type = request.resourceType();
          bytes[type] = (bytes[type] ?? 0) + s.responseBodySize + s.responseHeadersSize;
        }),
      );
    });
    await view.goto(`${base}/gallery`, { waitUntil: "networkidle" });
    await Promise.all(pending);
    const total = Object.values(bytes).reduce((a, b) => a + b, 0);
    const images = await view.locator('ul[aria-label="Images"] img').count();
    console.log(
      `  first gallery view: ${kb(total)} total (${Object.entries(bytes)
        .map(([t, b]) => `${t} ${kb(b)}`)
        .join(", ")}); ${images} thumbnails in the DOM`,
    );

    const get = (query: string) =>
      fetch(`${base}/api/jobs?${query}`, { headers: { cookie } }).then((r) => (r.ok ? r.json() : Promise.reject(new Error(`GET /api/jobs ${r.status}`))));
    const firstPage = await timeIt(() => get("scope=team&limit=60"));
    let cursor = "";
    for (let i = 0; i < 200; i++) {
      const page = (await get(`scope=team&limit=60${cursor ? `&cursor=${cursor}` : ""}`)) as { nextCursor: string | null };
      if (!page.nextCursor) break;
      cursor = page.nextCursor;
    }
    const deepPage = await timeIt(() => get(`scope=team&limit=60&cursor=${cursor}`));
    console.log(
      `  GET /api/jobs (60 a page): first page p50 ${ms(firstPage.p50)} p95 ${ms(firstPage.p95)} | deep page p50 ${ms(deepPage.p50)} p95 ${ms(deepPage.p95)}`,
    );
    return { totalBytes: total, firstPage, deepPage };
  } finally {
    await browser.close();
  }
}
