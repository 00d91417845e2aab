import { describe, expect, it } from "vitest";
import { normalizeIp, parseTrustedProxies, resolveClientIp } from "./client-ip";

const none = parseTrustedProxies(undefined);
const proxies = parseTrustedProxies("10.0.0.0/8, 192.168.1.5, fd00::/8");

describe("[H11.9] the client address behind X-Forwarded-For", () => {
  it("with no trusted proxies, the socket address counts and X-Forwarded-For is ignored", () => {
    expect(resolveClientIp("::ffff:127.0.0.1", "203.0.113.9", none)).toBe("127.0.0.1");
    expect(resolveClientIp("198.51.100.4", "1.1.1.1, 2.2.2.2", none)).toBe("198.51.100.4");
  });

  it("believes a trusted proxy's right-most entry, and walks left only through trusted hops", () => {
    expect(resolveClientIp("10.1.2.3", "203.0.113.9", proxies)).toBe("203.0.113.9");
    // The client wrote "6.6.6.6" itself; the proxy appended the real address.
    expect(resolveClientIp("10.1.2.3", "6.6.6.6, 203.0.113.9", proxies)).toBe("203.0.113.9");
    expect(resolveClientIp("10.1.2.3", "6.6.6.6, 203.0.113.9, 192.168.1.5", proxies)).toBe("203.0.113.9");
    expect(resolveClientIp("fd00::1", "2001:db8::7", proxies)).toBe("2001:db8::7");
  });

  it("ignores X-Forwarded-For from an untrusted socket, and garbage from a trusted one", () => {
    expect(resolveClientIp("198.51.100.4", "203.0.113.9", proxies)).toBe("198.51.100.4");
    expect(resolveClientIp("10.1.2.3", "not-an-ip", proxies)).toBe("10.1.2.3");
    expect(resolveClientIp("10.1.2.3", "", proxies)).toBe("10.1.2.3");
  });

  it("normalises addresses: IPv4-mapped, ports, brackets", () => {
    expect(normalizeIp("::ffff:192.0.2.1")).toBe("192.0.2.1");
    expect(normalizeIp("192.0.2.1:4711")).toBe("192.0.2.1");
    expect(normalizeIp("[2001:DB8::1]:443")).toBe("2001:db8::1");
    expect(normalizeIp("unknown")).toBeNull();
  });

  it("refuses TRUSTED_PROXIES entries that are not addresses or ranges", () => {
    for (const bad of ["proxy.local", "10.0.0.0/33", "10.0.0.0/8/1", "::/129", "1.2.3"])
      expect(() => parseTrustedProxies(bad), bad).toThrow(/is not an IP address or a CIDR range/);
    expect(parseTrustedProxies(" 127.0.0.1 , ::1 ").size).toBe(2);
  });
});
