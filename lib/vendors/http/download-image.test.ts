import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startScriptedServer, type ScriptedServer } from "../testing/start-scripted-server";
import { expectVendorError as failure } from "../testing/expect-vendor-error";
import { downloadImage, type DownloadOptions } from "./download-image";
import { defaultHttpDeps } from "./http-types";
import { checkImageSource, DISCORD_CDN_HOSTS, TTAPI_CDN_HOSTS } from "./image-source-policy";

let server: ScriptedServer;
let options: DownloadOptions;
const PNG = Buffer.from("89504e470d0a1a0a0000000d49484452", "hex");

beforeAll(async () => {
  server = await startScriptedServer();
  options = {
    vendor: "TestVendor",
    policy: { ownOrigin: server.url, cdnHosts: [...TTAPI_CDN_HOSTS, ...DISCORD_CDN_HOSTS] },
    ownHeaders: { Authorization: "Bearer secret" },
    commonHeaders: { "User-Agent": "Atelier-test" },
    timeoutMs: 2000,
    deps: defaultHttpDeps({ retry: { attempts: 2, baseDelayMs: 1, maxDelayMs: 2 } }),
  };
  server.handle((req, res) => {
    if (req.path === "/img.png") {
      res.writeHead(200, { "Content-Type": "image/png" });
      return res.end(PNG);
    }
    if (req.path === "/big.png") {
      res.writeHead(200, { "Content-Type": "image/png" });
      return res.end(Buffer.alloc(5000));
    }
    if (req.path === "/declared.png") {
      res.writeHead(200, { "Content-Type": "image/png", "Content-Length": "5000" });
      return res.end(Buffer.alloc(5000));
    }
    if (req.path === "/page") {
      res.writeHead(200, { "Content-Type": "text/html" });
      return res.end("<html></html>");
    }
    if (req.path === "/away") {
      res.writeHead(302, { Location: "http://169.254.169.254/latest/meta-data" });
      return res.end();
    }
    if (req.path === "/hop") {
      res.writeHead(302, { Location: "/img.png" });
      return res.end();
    }
    res.writeHead(404);
    res.end();
  });
});
afterAll(() => server.close());

describe("image downloads", () => {
  it("fetches an image from the connection's own origin, with the key", async () => {
    const image = await downloadImage(`${server.url}/img.png`, 1000, options);
    expect(image).toEqual({ bytes: PNG, contentType: "image/png" });
    expect(server.requests.at(-1)?.headers.authorization).toBe("Bearer secret");
  });

  it("follows a redirect that stays on allowed hosts", async () => {
    expect((await downloadImage(`${server.url}/hop`, 1000, options)).bytes).toEqual(PNG);
  });

  it("refuses other hosts, also when a redirect points there (SSRF)", async () => {
    expect((await failure(downloadImage("http://10.0.0.5/admin.png", 1000, options))).message).toMatch(/Refusing to download an image from 10\.0\.0\.5/);
    expect((await failure(downloadImage("https://evil.example.com/a.png", 1000, options))).code).toBe("BAD_REQUEST");
    expect((await failure(downloadImage(`${server.url}/away`, 1000, options))).message).toMatch(/169\.254\.169\.254/);
    expect((await failure(downloadImage("file:///etc/passwd", 1000, options))).code).toBe("BAD_REQUEST");
  });

  it("allows only the documented CDN hosts, over https, without the key", () => {
    const policy = options.policy;
    expect(checkImageSource("https://cdnb.ttapi.io/2024-04-02/a.png", policy).ownOrigin).toBe(false);
    expect(checkImageSource("https://mjcdn.ttapi.io/a.png", policy).ownOrigin).toBe(false);
    expect(checkImageSource("https://cdn.discordapp.com/attachments/1/2/a.png", policy).ownOrigin).toBe(false);
    expect(checkImageSource("https://media.discordapp.net/attachments/1/2/a.png", policy).ownOrigin).toBe(false);
    expect(() => checkImageSource("http://cdnb.ttapi.io/a.png", policy)).toThrow(/Refusing/);
    expect(() => checkImageSource("https://cdnb.ttapi.io.evil.com/a.png", policy)).toThrow(/Refusing/);
    expect(() => checkImageSource("https://user:pw@cdnb.ttapi.io/a.png", policy)).toThrow(/credentials/);
  });

  it("refuses what is not an image, what is too large, and says when the image is gone", async () => {
    expect((await failure(downloadImage(`${server.url}/page`, 1000, options))).message).toMatch(/text\/html, not an image/);
    // Streamed without a length: stopped at the cap. Declared too long: refused before reading.
    expect((await failure(downloadImage(`${server.url}/big.png`, 1000, options))).message).toMatch(/larger than the 1000 bytes allowed/);
    expect((await failure(downloadImage(`${server.url}/declared.png`, 1000, options))).message).toMatch(/5000 bytes, more than the 1000 allowed/);
    expect((await failure(downloadImage(`${server.url}/gone.png`, 1000, options))).code).toBe("NOT_FOUND");
  });
});

describe("image downloads check the address they connect to", () => {
  // Names resolved by a test resolver: the listed CDN name points at the scripted server, the
  // others where an attacker would point them.
  const names: Record<string, string> = { "cdn.test": "127.0.0.1", "metadata.test": "169.254.169.254", "lan.test": "10.0.0.5", "public.test": "203.0.113.7" };
  const lookup = async (hostname: string) =>
    names[hostname]
      ? [{ address: names[hostname], family: 4 }]
      : Promise.reject(Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: "ENOTFOUND" }));
  const withPolicy = (ownOrigin: string, extraHosts: string[]): DownloadOptions => ({
    ...options,
    policy: { ownOrigin, cdnHosts: [], extraHosts },
    deps: defaultHttpDeps({ retry: { attempts: 1, baseDelayMs: 1, maxDelayMs: 1 }, lookup }),
  });

  it("fetches from a host the admin listed, on a private address when the connection's own host is private", async () => {
    const port = new URL(server.url).port;
    const image = await downloadImage(`http://cdn.test:${port}/img.png`, 1000, withPolicy(server.url, [`cdn.test:${port}`]));
    expect(image.bytes).toEqual(PNG);
    // Not the connection's origin: the key stays home.
    expect(server.requests.at(-1)?.headers.authorization).toBeUndefined();
  });

  it("refuses a listed host that resolves to a metadata address", async () => {
    const error = await failure(downloadImage("http://metadata.test/latest/meta-data", 1000, withPolicy(server.url, ["metadata.test"])));
    expect(error.message).toMatch(/resolves to 169\.254\.169\.254/);
  });

  it("refuses private addresses when the connection's own host is public", async () => {
    const port = new URL(server.url).port;
    const error = await failure(downloadImage(`http://cdn.test:${port}/img.png`, 1000, withPolicy("https://public.test", [`cdn.test:${port}`])));
    expect(error.message).toMatch(/private/);
    expect((await failure(downloadImage("http://lan.test/a.png", 1000, withPolicy("https://public.test", ["lan.test"])))).code).toBe("BAD_REQUEST");
  });

  it("checks every redirect hop again: a listed host may not bounce the download to metadata", async () => {
    server.handle((req, res) => {
      if (req.path === "/bounce") return res.writeHead(302, { Location: "http://metadata.test/latest/meta-data" }).end();
      res.writeHead(404).end();
    });
    const port = new URL(server.url).port;
    const error = await failure(downloadImage(`http://cdn.test:${port}/bounce`, 1000, withPolicy(server.url, [`cdn.test:${port}`, "metadata.test"])));
    expect(error.message).toMatch(/169\.254\.169\.254/);
  });
});
