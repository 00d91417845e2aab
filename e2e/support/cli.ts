// Runs the studio's operator CLIs against the e2e server's data folder.
import { execFileSync } from "node:child_process";

export function runCli(script: "user" | "vendor", args: string[]): string {
  return execFileSync("npm", ["run", "--silent", script, "--", ...args], {
    env: { ...process.env, DATA_DIR: process.env.E2E_DATA_DIR },
    encoding: "utf8",
  });
}
