import type { Page } from "@playwright/test";
import { runCli } from "./cli";
import { uniqueWord, type Person } from "./sign-in";

/** A fresh account for one test, so tests never disturb the shared MEMBER. */
export function newPerson(prefix: string, team = "Studio"): Person & { name: string } {
  const name = uniqueWord(prefix);
  const person = { email: `${name}@e2e.test`, password: `${name}-password`, name };
  runCli("user", ["add", "--email", person.email, "--password", person.password, "--role", "MEMBER", "--team", team, "--name", name]);
  return person;
}

/** Opens the live event stream in the page and records the job ids it announces in window.seen. */
export async function waitForEvents(page: Page) {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const w = window as unknown as { seen: string[] };
        w.seen = [];
        const source = new EventSource("/api/events");
        source.addEventListener("ready", () => resolve());
        source.addEventListener("job", (event) => w.seen.push(JSON.parse((event as MessageEvent).data).jobId));
      }),
  );
}
