import { describe, expect, it } from "vitest";
import { EnvError, parseEnv } from "./env";

describe("environment validation", () => {
  it("applies the embedded defaults", () => {
    const env = parseEnv({});
    expect(env.PORT).toBe(3000);
    expect(env.DATA_DIR).toBe(".data");
    expect(env.PUBLIC_URL).toBeUndefined();
  });

  it("treats empty strings as unset", () => {
    expect(parseEnv({ PORT: "", PUBLIC_URL: "" }).PORT).toBe(3000);
  });

  it("lists every bad variable in one error", () => {
    let error: unknown;
    try {
      parseEnv({ PORT: "eighty", PUBLIC_URL: "not a url", NEXTAUTH_SECRET: "short", ADMIN_EMAIL: "admin@example.com" });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(EnvError);
    const { problems, message } = error as EnvError;
    expect(problems).toHaveLength(4);
    expect(message).toMatch(/PORT/);
    expect(message).toMatch(/PUBLIC_URL: must be a URL/);
    expect(message).toMatch(/NEXTAUTH_SECRET: must be at least 32 characters/);
    expect(message).toMatch(/ADMIN_PASSWORD: set ADMIN_EMAIL and ADMIN_PASSWORD together/);
    expect(message).toContain('(got "eighty")');
  });

  it("never echoes a secret's value", () => {
    try {
      parseEnv({ NEXTAUTH_SECRET: "tooshort-secret" });
    } catch (e) {
      expect((e as Error).message).not.toContain("tooshort-secret");
    }
    expect.assertions(1);
  });

  it("rejects a port out of range and a database that is neither SQLite nor PostgreSQL", () => {
    expect(() => parseEnv({ PORT: "70000" })).toThrow(/PORT: must be 1-65535/);
    expect(() => parseEnv({ DATABASE_URL: "mysql://x" })).toThrow(/DATABASE_URL: must be a SQLite file \(file:PATH\) or a PostgreSQL URL/);
  });

  it("takes PostgreSQL URLs in both spellings, and SQLite files", () => {
    expect(parseEnv({ DATABASE_URL: "postgresql://atelier:pw@db:5432/atelier" }).DATABASE_URL).toBe("postgresql://atelier:pw@db:5432/atelier");
    expect(parseEnv({ DATABASE_URL: "postgres://127.0.0.1/atelier" }).DATABASE_URL).toBe("postgres://127.0.0.1/atelier");
    expect(parseEnv({ DATABASE_URL: "file:/tmp/a.db" }).DATABASE_URL).toBe("file:/tmp/a.db");
  });

  it("[H11.9] validates TRUSTED_PROXIES as IPs and CIDR ranges; none by default", () => {
    expect(parseEnv({}).TRUSTED_PROXIES).toBeUndefined();
    expect(parseEnv({ TRUSTED_PROXIES: "10.0.0.0/8, 127.0.0.1, ::1" }).TRUSTED_PROXIES).toBe("10.0.0.0/8, 127.0.0.1, ::1");
    expect(() => parseEnv({ TRUSTED_PROXIES: "10.0.0.0/8, proxy.internal" })).toThrow(/TRUSTED_PROXIES: "proxy.internal" is not an IP address or a CIDR range/);
  });

  it("accepts a complete admin pair", () => {
    const env = parseEnv({ ADMIN_EMAIL: " Admin@Example.com ", ADMIN_PASSWORD: "long-enough-password" });
    expect(env.ADMIN_EMAIL).toBe("admin@example.com");
  });
});
