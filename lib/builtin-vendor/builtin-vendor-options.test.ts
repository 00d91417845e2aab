import { describe, expect, it } from "vitest";
import { parseEnv } from "@/lib/env";
import { builtinVendorOptions } from "./builtin-vendor-options";

describe("the built-in vendor's settings", () => {
  it("defaults: a folder in DATA_DIR, no knobs, New API's 15 s poller, Remix on", () => {
    expect(builtinVendorOptions(parseEnv({}), "key", "/data")).toEqual({
      apiKey: "key",
      dir: "/data",
      stepMs: 700,
      knobs: false,
      newapi: { pollerMs: 15_000, serverAddress: undefined },
      trueai: { remix: true, cdnOrigin: undefined },
      trustedUrlPrefixes: ["http://127.0.0.1:3000/api/public/"],
    });
  });

  it("passes every SIMULATOR_* setting on, origins reduced to their origin", () => {
    const env = parseEnv({
      SIMULATOR_STEP_MS: "120",
      SIMULATOR_DIR: "/sim-data",
      SIMULATOR_KNOBS: "1",
      SIMULATOR_NEWAPI_POLLER_MS: "50",
      SIMULATOR_NEWAPI_SERVER_ADDRESS: "https://relay.example.com/some/path",
      SIMULATOR_TRUEAI_REMIX: "0",
      SIMULATOR_TRUEAI_CDN_ORIGIN: "http://127.0.0.2:3000/",
      PORT: "3210",
      PUBLIC_URL: "https://studio.example.com/atelier",
    });
    expect(builtinVendorOptions(env, "key", "/data")).toEqual({
      apiKey: "key",
      dir: "/sim-data",
      stepMs: 120,
      knobs: true,
      newapi: { pollerMs: 50, serverAddress: "https://relay.example.com" },
      trueai: { remix: false, cdnOrigin: "http://127.0.0.2:3000" },
      // The studio's signed-link routes, on loopback and under PUBLIC_URL: nothing else.
      trustedUrlPrefixes: ["http://127.0.0.1:3210/api/public/", "https://studio.example.com/atelier/api/public/"],
    });
  });

  it("refuses malformed settings with the other environment problems", () => {
    expect(() => parseEnv({ SIMULATOR_KNOBS: "yes" })).toThrow(/SIMULATOR_KNOBS: must be 0 or 1/);
    expect(() => parseEnv({ SIMULATOR_TRUEAI_CDN_ORIGIN: "ftp://cdn.example.com" })).toThrow(/SIMULATOR_TRUEAI_CDN_ORIGIN: must be an http\(s\) origin/);
    expect(() => parseEnv({ SIMULATOR_NEWAPI_SERVER_ADDRESS: "not a url" })).toThrow(/SIMULATOR_NEWAPI_SERVER_ADDRESS: must be an http\(s\) origin/);
  });
});
