// The resident memory of the studio's server process (scripts/start.mjs starts it as its child),
// read from /proc, so memory can be measured on builds without GET /api/admin/runtime too.
import fs from "node:fs";

export function serverRss(startPid: number): number | null {
  try {
    const children = fs.readFileSync(`/proc/${startPid}/task/${startPid}/children`, "utf8").trim().split(/\s+/).filter(Boolean);
    for (const pid of children) {
      const cmdline = fs.readFileSync(`/proc/${pid}/cmdline`, "utf8");
      if (!cmdline.includes("scripts/server.ts")) continue;
      const rssKb = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"))?.[1];
      return rssKb ? Number(rssKb) * 1024 : null;
    }
  } catch {
    // not Linux, or the process is gone
  }
  return null;
}
