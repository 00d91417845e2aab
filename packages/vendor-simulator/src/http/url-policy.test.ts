import { describe, expect, it } from "vitest";
import { checkFetchableUrl, isForbiddenHost, isLoopbackHost, ownFileName } from "./url-policy";

const LOOSE = { allowLoopback: true, trustedPrefixes: [] };
const STRICT = { allowLoopback: false, trustedPrefixes: [] };

describe("the simulator's URL policy", () => {
  it("[H20] never fetches link-local, metadata or non-loopback addresses", () => {
    for (const url of [
      "http://169.254.169.254/latest/meta-data/",
      "http://[fe80::1]/x.png",
      "http://metadata.google.internal/",
      "http://0.0.0.0:3000/x.png",
      "http://[::ffff:169.254.169.254]/",
    ]) {
      expect(checkFetchableUrl(url, LOOSE)).toMatchObject({ ok: false });
    }
    expect(checkFetchableUrl("http://10.0.0.5/x.png", LOOSE)).toEqual({ ok: false, reason: "must point to the simulator's own files (/sim/files/...)" });
    expect(checkFetchableUrl("https://example.com/x.png", LOOSE)).toMatchObject({ ok: false });
    expect(checkFetchableUrl("http://127.0.0.1:9/x.png", STRICT)).toMatchObject({ ok: false });
    expect(checkFetchableUrl("file:///etc/passwd", LOOSE)).toEqual({ ok: false, reason: "must be an http(s) URL" });
    expect(checkFetchableUrl("http://user:pw@127.0.0.1/x.png", LOOSE)).toMatchObject({ ok: false });
  });

  it("allows loopback only when asked, and recognises its own file URLs", () => {
    expect(checkFetchableUrl("http://127.0.0.2:8080/x.png", LOOSE)).toMatchObject({ ok: true });
    expect(checkFetchableUrl("http://localhost/x.png", LOOSE)).toMatchObject({ ok: true });
    expect(checkFetchableUrl("http://[::1]:80/x.png", LOOSE)).toMatchObject({ ok: true });
    expect(isLoopbackHost("2130706433")).toBe(false);
    expect(checkFetchableUrl("http://2130706433/x.png", LOOSE)).toMatchObject({ ok: true }); // WHATWG URL normalises it to 127.0.0.1
    expect(isForbiddenHost("169.254.1.1")).toBe(true);
    expect(ownFileName("http://anything.test/sim/files/123-abc.png")).toBe("123-abc.png");
    expect(ownFileName("http://anything.test/sim/files/../secret.png")).toBeNull();
  });

  it("trusts the studio's signed-link routes on loopback and nothing beside them", () => {
    const studio = { allowLoopback: false, trustedPrefixes: ["http://127.0.0.1:3000/api/public/"] };
    expect(checkFetchableUrl("http://127.0.0.1:3000/api/public/images/abc?exp=1&sig=x", studio)).toMatchObject({ ok: true });
    expect(checkFetchableUrl("http://127.0.0.1:3000/api/admin/users", studio)).toMatchObject({ ok: false });
    expect(checkFetchableUrl("http://127.0.0.1:3000/api/public/../admin/users", studio)).toMatchObject({ ok: false });
    expect(checkFetchableUrl("http://127.0.0.1:3001/api/public/images/abc", studio)).toMatchObject({ ok: false });
    expect(checkFetchableUrl("http://127.0.0.1:3000@169.254.169.254/api/public/x", studio)).toMatchObject({ ok: false });
  });
});
