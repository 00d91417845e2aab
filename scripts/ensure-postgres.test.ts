// ensurePostgres against real servers: the machine's own at 5432, and a private cluster of
// Debian's binaries that it creates, starts and later finds again on a spare port.
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensurePostgres, postgresUrl, privateClusterDir, stopPostgres } from "./ensure-postgres.mjs";

// Not 5432, and not a port the other integration tests use.
const SPARE_PORT = 55437;

async function query(url: string, sql: string): Promise<Record<string, unknown>> {
  const client = new pg.Client({ connectionString: `${url}/postgres` });
  await client.connect();
  try {
    return (await client.query(sql)).rows[0];
  } finally {
    await client.end();
  }
}

const postmasterPid = (dir: string) => {
  const file = path.join(dir, "postmaster.pid");
  return fs.existsSync(file) ? fs.readFileSync(file, "utf8").split("\n")[0] : null;
};

describe("ensurePostgres", () => {
  it("uses the server already answering at 127.0.0.1:5432 and starts nothing", async () => {
    // On a machine without its own server, `npm test` may have started the private cluster at 5432
    // before this test: then that is the server answering, and it must be left as it is.
    const dir = privateClusterDir(5432);
    const before = fs.existsSync(dir) ? postmasterPid(dir) : null;
    const url = await ensurePostgres({ port: 5432 });
    expect(url).toBe("postgresql://postgres@127.0.0.1:5432");
    expect(await query(url, "SELECT 1 AS one")).toEqual({ one: 1 });
    expect(fs.existsSync(dir) ? postmasterPid(dir) : null).toBe(before);
  });

  describe("on a port where nothing answers", () => {
    const dir = privateClusterDir(SPARE_PORT);
    // A cluster left by an interrupted earlier run would make "the first call starts it" untrue.
    beforeAll(() => stopPostgres({ port: SPARE_PORT, removeData: true }), 60_000);
    afterAll(() => stopPostgres({ port: SPARE_PORT, removeData: true }), 60_000);

    it("creates and starts a private cluster owned by postgres, then finds it running", async () => {
      const url = await ensurePostgres({ port: SPARE_PORT });
      expect(url).toBe(postgresUrl(SPARE_PORT));
      const row = await query(url, "SELECT current_setting('data_directory') AS dir, current_setting('listen_addresses') AS listen, 1 AS one");
      expect(row).toEqual({ dir, listen: "127.0.0.1", one: 1 });
      if (process.getuid?.() === 0) {
        const owner = Number(fs.readFileSync("/etc/passwd", "utf8").match(/^postgres:[^:]*:(\d+):/m)?.[1]);
        expect(fs.statSync(dir).uid).toBe(owner);
      }
      const pid = postmasterPid(dir);

      // The second call finds it answering: same server process, no second start.
      expect(await ensurePostgres({ port: SPARE_PORT })).toBe(url);
      expect(postmasterPid(dir)).toBe(pid);

      expect(stopPostgres({ port: SPARE_PORT })).toBe(true);
      await expect(query(url, "SELECT 1")).rejects.toThrow();
      // Stopped, its data kept: the next call starts the same cluster again.
      expect(await ensurePostgres({ port: SPARE_PORT })).toBe(url);
      expect(await query(url, "SELECT current_setting('data_directory') AS dir")).toEqual({ dir });
    }, 120_000);
  });

  it("never starts a cluster on a port something else holds, and says what to run", async () => {
    // Accepts TCP, then hangs up: not PostgreSQL.
    const server = net.createServer((socket) => socket.destroy());
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const port = (server.address() as net.AddressInfo).port;
    try {
      const error = await ensurePostgres({ port }).then(
        () => null,
        (caught: unknown) => caught,
      );
      expect(error).toBeInstanceOf(Error);
      expect((error as Error).message).toContain(`127.0.0.1:${port} accepts connections`);
      expect((error as Error).message).toContain("apt-get install -y postgresql");
      expect(fs.existsSync(privateClusterDir(port))).toBe(false);
    } finally {
      server.close();
    }
  });
});
