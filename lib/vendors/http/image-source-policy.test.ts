import { describe, expect, it } from "vitest";
import { addressRefusal, checkImageSource, isPrivateAddress } from "./image-source-policy";

const policy = { ownOrigin: "https://mj.example.com", cdnHosts: ["cdn.discordapp.com"], extraHosts: ["img.example-oss.com", "127.0.0.2:8443", "[::1]:9000"] };

describe("image hosts an admin allows on a connection", () => {
  it("accepts a listed host over http or https, without the connection's key", () => {
    expect(checkImageSource("https://img.example-oss.com/a.png", policy)).toMatchObject({ ownOrigin: false });
    expect(checkImageSource("http://img.example-oss.com/a.png", policy)).toMatchObject({ ownOrigin: false });
    expect(checkImageSource("http://127.0.0.2:8443/cdn/a.png", policy)).toMatchObject({ ownOrigin: false });
    expect(checkImageSource("http://[::1]:9000/a.png", policy)).toMatchObject({ ownOrigin: false });
  });

  it("matches the port exactly when the entry names one, and the default port when it does not", () => {
    expect(() => checkImageSource("http://127.0.0.2:8444/a.png", policy)).toThrow(/Refusing/);
    expect(() => checkImageSource("http://127.0.0.2/a.png", policy)).toThrow(/Refusing/);
    expect(() => checkImageSource("https://img.example-oss.com:8443/a.png", policy)).toThrow(/Refusing/);
    expect(() => checkImageSource("https://img.example-oss.com.evil.test/a.png", policy)).toThrow(/Refusing/);
    expect(() => checkImageSource("https://evil.test/img.example-oss.com/a.png", policy)).toThrow(/Refusing/);
  });

  it("says how to allow a refused host", () => {
    expect(() => checkImageSource("https://other-cdn.example.net/a.png", policy)).toThrow(/image host/);
  });
});

describe("addresses an image may come from (SSRF)", () => {
  it.each([
    "169.254.169.254",
    "169.254.0.1",
    "fe80::1",
    "fd00:ec2::254",
    "100.100.100.200",
    "0.0.0.0",
    "::",
    "224.0.0.1",
    "255.255.255.255",
    "::ffff:169.254.169.254",
  ])("never fetches from %s, whatever the connection", (address) => {
    expect(addressRefusal(address, true)).toMatch(/link-local|metadata|not a host/);
    expect(addressRefusal(address, false)).toBeDefined();
  });

  it.each(["127.0.0.1", "127.0.0.2", "10.1.2.3", "172.16.0.9", "192.168.1.20", "100.64.0.1", "::1", "fd12:3456::1", "::ffff:10.0.0.1"])(
    "fetches from the private address %s only when the connection's own host is private",
    (address) => {
      expect(isPrivateAddress(address)).toBe(true);
      expect(addressRefusal(address, true)).toBeUndefined();
      expect(addressRefusal(address, false)).toMatch(/private/);
    },
  );

  it.each(["203.0.113.7", "8.8.8.8", "2606:4700::1111"])("fetches from the public address %s", (address) => {
    expect(isPrivateAddress(address)).toBe(false);
    expect(addressRefusal(address, false)).toBeUndefined();
  });
});
