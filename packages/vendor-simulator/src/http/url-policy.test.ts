import { describe, expect, it } from "vitest";
import { checkFetchableUrl, isForbiddenHost, isLoopbackHost, ownFileName } from "./url-policy";

describe("the simulator's URL policy", () => {
  it("[H20] never fetches link-local, metadata or non-loopback addresses", () => {
    for (const url of [
      "http://169.254.169.254/latest/meta-data/",
      "http://[fe80::1]/x.png",
      "http://metadata.google.internal/",
      "http://0.0.0.0:3000/x.png",
      "http://[::ffff:169.254.169.254]/",
    ]) {
      expect(checkFetchableUrl(url, true)).toMatchObject({ ok: false });
    }
    expect(checkFetchableUrl("http://10.0.0.5/x.png", true)).toEqual({ ok: false, reason: "must point to the simulator's own files (/sim/files/...)" });
    expect(checkFetchableUrl("https://example.com/x.png", true)).toMatchObject({ ok: false });
    expect(checkFetchableUrl("http://127.0.0.1:9/x.png", false)).toMatchObject({ ok: false });
    expect(checkFetchableUrl("file:///etc/passwd", true)).toEqual({ ok: false, reason: "must be an http(s) URL" });
    expect(checkFetchableUrl("http://user:pw@127.0.0.1/x.png", true)).toMatchObject({ ok: false });
  });

  it("allows loopback only when asked, and recognises its own file URLs", () => {
    expect(checkFetchableUrl("http://127.0.0.2:8080/x.png", true)).toMatchObject({ ok: true });
    expect(checkFetchableUrl("http://localhost/x.png", true)).toMatchObject({ ok: true });
    expect(checkFetchableUrl("http://[::1]:80/x.png", true)).toMatchObject({ ok: true });
    expect(isLoopbackHost("2130706433")).toBe(false);
    expect(checkFetchableUrl("http://2130706433/x.png", true)).toMatchObject({ ok: true }); // WHATWG URL normalises it to 127.0.0.1
    expect(isForbiddenHost("169.254.1.1")).toBe(true);
    expect(ownFileName("http://anything.test/sim/files/123-abc.png")).toBe("123-abc.png");
    expect(ownFileName("http://anything.test/sim/files/../secret.png")).toBeNull();
  });
});
