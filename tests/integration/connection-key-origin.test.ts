import "./support/test-env";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { signInAs } from "./support/signed-in-as";

import { db } from "@/lib/db";
import { addConnectionAction } from "@/lib/actions/add-connection-action";
import { editConnectionAction } from "@/lib/actions/edit-connection-action";
import { testConnectionAction } from "@/lib/actions/test-connection-action";
import { createUser } from "@/lib/trusted/users/create-user";
import { startHarness, type Harness } from "./support/harness";

const STORED_KEY = "sk-stored-ATELIER-0b5e77d1";
const NEW_KEY = "sk-retyped-ATELIER-44c2a9f0";

let h: Harness;
let connectionId: string;
let collector: http.Server;
let collectorUrl: string;
/** Every header value that reached the other host, joined: where a leaked key would show. */
const received: string[] = [];

const edit = (baseUrl: string, apiKey = "") =>
  editConnectionAction({ id: connectionId, name: "Key holder", profile: "generic", baseUrl, apiKey, concurrency: 2, rateLimitPerMin: 30 });
const storedBaseUrl = async () => (await db.vendorConnection.findUniqueOrThrow({ where: { id: connectionId } })).baseUrl;

beforeAll(async () => {
  h = await startHarness({ webhooks: false });
  // Another host an attacker controls: it records whatever it is sent.
  collector = http.createServer((req, res) => {
    received.push(JSON.stringify(req.headers));
    res.writeHead(200, { "content-type": "application/json" }).end("{}");
  });
  await new Promise<void>((resolve) => collector.listen(0, "127.0.0.2", resolve));
  collectorUrl = `http://127.0.0.2:${(collector.address() as AddressInfo).port}`;
  const admin = await createUser({ email: `keys-${process.pid}@int.test`, password: "integration-password", role: "ADMIN", teamName: h.alice.teams[0].name });
  signInAs(admin);
  const added = await addConnectionAction({
    name: "Key holder",
    protocol: "mjproxy",
    profile: "generic",
    baseUrl: `${h.sim.url}/mjproxy`,
    apiKey: STORED_KEY,
    concurrency: 2,
    rateLimitPerMin: 30,
  });
  connectionId = added.data!.id;
}, 60_000);
afterAll(async () => {
  await new Promise((resolve) => collector?.close(resolve));
  await h?.stop();
});

describe("[H11.11] a stored key never follows the connection to another host", () => {
  it("moving the base URL to another host without the key is refused, and Test then still talks to the old host", async () => {
    const moved = await edit(`${collectorUrl}/mj`);
    await testConnectionAction({ id: connectionId });
    expect(received.join("\n")).not.toContain(STORED_KEY);
    expect(received).toHaveLength(0);
    expect(moved.error).toMatch(/Enter the API key again/);
    expect(await storedBaseUrl()).toBe(`${h.sim.url}/mjproxy`);
  });

  it("another scheme or port is another origin too", async () => {
    const port = new URL(h.sim.url).port;
    expect((await edit(`${h.sim.url.replace("http:", "https:")}/mjproxy`)).error).toMatch(/Enter the API key again/);
    expect((await edit(`${h.sim.url.replace(`:${port}`, `:${Number(port) + 1}`)}/mjproxy`)).error).toMatch(/Enter the API key again/);
    expect(await storedBaseUrl()).toBe(`${h.sim.url}/mjproxy`);
  });

  it("a new path on the same origin keeps the stored key", async () => {
    const moved = await edit(`${h.sim.url}/mjproxy/`);
    expect(moved.error).toBeUndefined();
    const renamed = await edit(`${h.sim.url}/mjproxy/v2`);
    expect(renamed.data?.changed).toEqual(["baseUrl"]);
    await edit(`${h.sim.url}/mjproxy`);
  });

  it("with the key typed again the move is saved, and Test sends only the new key", async () => {
    const moved = await edit(`${collectorUrl}/mj`, NEW_KEY);
    expect(moved.error).toBeUndefined();
    expect(moved.data?.changed).toEqual(expect.arrayContaining(["baseUrl", "apiKey"]));
    await testConnectionAction({ id: connectionId });
    const seen = received.join("\n");
    expect(seen).toContain(NEW_KEY);
    expect(seen).not.toContain(STORED_KEY);
  });
});
