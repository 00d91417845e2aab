// Runs the studio's operator CLIs against the e2e server's data folder: the same scripts
// `npm run user` and `npm run vendor` run, started by node directly (npm and tsx's own wrapper
// would each add a Node.js start to every call, seconds on a loaded machine).
import { execFileSync } from "node:child_process";

export function runCli(script: "user" | "vendor", args: string[]): string {
  return execFileSync(process.execPath, ["--conditions=react-server", "--import", "tsx", `scripts/${script}-cli.ts`, ...args], {
    env: { ...process.env, DATA_DIR: process.env.E2E_DATA_DIR },
    encoding: "utf8",
  });
}
