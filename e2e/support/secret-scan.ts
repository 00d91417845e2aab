// Looks for a secret everywhere a browser or an operator could see it: the server's log, the
// client scripts of the build, and every response a page received.
import fs from "node:fs";
import path from "node:path";
import type { Page } from "@playwright/test";

export function serverLog(): string {
  return fs.readFileSync(path.join(process.env.E2E_DATA_DIR!, "server.log"), "utf8");
}

/** Files under the build's static folder (the client scripts and styles) that contain `secret`. */
export function staticFilesContaining(secret: string): { scanned: number; hits: string[] } {
  const root = path.resolve(process.env.NEXT_DIST_DIR ?? ".next", "static");
  const hits: string[] = [];
  let scanned = 0;
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else {
        scanned++;
        if (fs.readFileSync(full).includes(secret)) hits.push(full);
      }
    }
  };
  walk(root);
  return { scanned, hits };
}

/** Records the body of every finished response the page gets (not live streams or images). */
export function recordResponses(page: Page): () => Promise<{ url: string; body: string }[]> {
  const pending: Promise<{ url: string; body: string }>[] = [];
  page.on("response", (response) => {
    const type = response.headers()["content-type"] ?? "";
    if (type.includes("event-stream") || type.startsWith("image/")) return;
    pending.push(
      response.text().then(
        (body) => ({ url: response.url(), body }),
        () => ({ url: response.url(), body: "" }),
      ),
    );
  });
  return () => Promise.all(pending);
}
