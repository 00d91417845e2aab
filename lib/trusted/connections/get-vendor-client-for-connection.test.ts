// The data layer end to end on a real SQLite file: a key goes in encrypted, comes out only
// inside the vendor client, and reaches the vendor's address in the protocol's header.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sendJson, startScriptedServer, type ScriptedServer } from "@/lib/vendors/testing/start-scripted-server";
import { TEST_ACTOR } from "@/lib/testing/test-actor";

const root = path.resolve(__dirname, "../../..");
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "atelier-connections-"));
// lib/db reads DATA_DIR when it is first imported, so the modules are imported after this.
process.env.DATA_DIR = dataDir;
delete process.env.DATABASE_URL;
delete process.env.MASTER_KEY;

let server: ScriptedServer;
let data: {
  createConnection: typeof import("./create-connection").createConnection;
  listConnections: typeof import("./list-connections").listConnections;
  getVendorClientForConnection: typeof import("./get-vendor-client-for-connection").getVendorClientForConnection;
  setDefaultConnection: typeof import("./set-default-connection").setDefaultConnection;
};

beforeAll(async () => {
  const migrate = spawnSync(path.join(root, "node_modules", ".bin", "prisma"), ["migrate", "deploy"], { cwd: root, encoding: "utf8", env: { ...process.env } });
  if (migrate.status !== 0) throw new Error(`prisma migrate deploy failed:\n${migrate.stdout}\n${migrate.stderr}`);
  server = await startScriptedServer();
  data = {
    createConnection: (await import("./create-connection")).createConnection,
    listConnections: (await import("./list-connections")).listConnections,
    getVendorClientForConnection: (await import("./get-vendor-client-for-connection")).getVendorClientForConnection,
    setDefaultConnection: (await import("./set-default-connection")).setDefaultConnection,
  };
});

afterAll(async () => {
  await server?.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe("vendor connections in the data layer", () => {
  it("creates a connection whose client calls the vendor with the decrypted key", async () => {
    const created = await data.createConnection(
      { name: "Sim TT", protocol: "ttapi", baseUrl: `${server.url}/`, apiKey: "tt-plain-key-0001", isDefault: true },
      TEST_ACTOR,
    );
    expect(created).toMatchObject({ keyHint: "••••0001", baseUrl: server.url, profile: "generic", isDefault: true });
    expect(JSON.stringify(created)).not.toContain("tt-plain-key-0001");

    server.handle((_req, res) => sendJson(res, 200, { status: "SUCCESS", message: "success", data: { fast: { status: 200, averageExecute: 10 } } }));
    const client = await data.getVendorClientForConnection(created.id);
    expect((await client.checkConnection()).ok).toBe(true);
    expect(server.requests[0].headers["tt-api-key"]).toBe("tt-plain-key-0001");
  });

  it("lists DTOs without the key or its ciphertext, one default at a time", async () => {
    const other = await data.createConnection(
      {
        name: "Gateway",
        protocol: "mjproxy",
        profile: "4allapi",
        baseUrl: "https://gw.example.com",
        apiKey: "sk-gateway-0002",
        isDefault: true,
      },
      TEST_ACTOR,
    );
    const list = await data.listConnections();
    expect(list.map((c) => [c.name, c.isDefault])).toEqual([
      ["Gateway", true],
      ["Sim TT", false],
    ]);
    for (const dto of list) {
      expect(Object.keys(dto)).not.toContain("keyCiphertext");
      expect(Object.keys(dto)).not.toContain("keyLast4");
    }
    expect(JSON.stringify(list)).not.toMatch(/sk-gateway-0002|tt-plain-key-0001|v1:/);
    await data.setDefaultConnection("Sim TT", TEST_ACTOR);
    expect((await data.listConnections()).find((c) => c.isDefault)?.name).toBe("Sim TT");
    expect((await data.getVendorClientForConnection(other.id)).protocol).toBe("mjproxy");
  });

  it("hands the connection's extra image hosts to its client: listed hosts download (without the key), others are refused", async () => {
    const port = new URL(server.url).port;
    const created = await data.createConnection(
      {
        name: "Own proxy",
        protocol: "mjproxy",
        profile: "generic",
        baseUrl: server.url,
        apiKey: "proxy-key-0003",
        imageHosts: [`localhost:${port}`],
      },
      TEST_ACTOR,
    );
    expect(created.imageHosts).toEqual([`localhost:${port}`]);
    expect((await data.listConnections()).find((c) => c.name === "Own proxy")?.imageHosts).toEqual([`localhost:${port}`]);
    server.handle((_req, res) => res.writeHead(200, { "Content-Type": "image/png" }).end(Buffer.from("png")));
    const client = await data.getVendorClientForConnection(created.id);
    expect((await client.downloadImage(`http://localhost:${port}/cdn/a.png`, 1000)).bytes.toString()).toBe("png");
    expect(server.requests.at(-1)?.headers.authorization).toBeUndefined();
    await expect(client.downloadImage(`http://127.0.0.2:${port}/cdn/a.png`, 1000)).rejects.toThrow(/add it as an image host/);
    await expect(
      data.createConnection(
        { name: "Sneaky", protocol: "mjproxy", baseUrl: server.url, apiKey: "proxy-key-0004", imageHosts: ["169.254.169.254"] },
        TEST_ACTOR,
      ),
    ).rejects.toThrow(/link-local or cloud metadata/);
  });

  it("rejects invalid connections with every problem named", async () => {
    await expect(data.createConnection({ name: "", protocol: "ttapi", baseUrl: "ftp://x", apiKey: "k" }, TEST_ACTOR)).rejects.toThrow(
      /name must not be empty.*baseUrl must start with http/,
    );
    await expect(
      data.createConnection({ name: "Sim TT", protocol: "ttapi", baseUrl: "https://x.example.com", apiKey: "another-key" }, TEST_ACTOR),
    ).rejects.toThrow(/already exists/);
    await expect(data.getVendorClientForConnection("missing")).rejects.toThrow(/no longer exists/);
  });
});
