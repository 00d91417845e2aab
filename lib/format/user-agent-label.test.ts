import { describe, expect, it } from "vitest";
import { userAgentLabel } from "./user-agent-label";

describe("userAgentLabel", () => {
  it("names the browser and the system the way a person knows them", () => {
    expect(userAgentLabel("Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36")).toBe("Chrome on Linux");
    expect(userAgentLabel("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Safari/537.36 Edg/120.0")).toBe(
      "Edge on Windows",
    );
    expect(
      userAgentLabel("Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Mobile/15E148 Safari/604.1"),
    ).toBe("Safari on iOS");
    expect(userAgentLabel("Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Mobile Safari/537.36")).toBe(
      "Chrome on Android",
    );
    expect(userAgentLabel("Mozilla/5.0 (Macintosh; Intel Mac OS X 14.1; rv:121.0) Gecko/20100101 Firefox/121.0")).toBe("Firefox on macOS");
  });
  it("says so when there is nothing to go on, and keeps an unknown one short", () => {
    expect(userAgentLabel(null)).toBe("Unknown browser");
    expect(userAgentLabel("  ")).toBe("Unknown browser");
    expect(userAgentLabel("curl/8.5.0")).toBe("curl/8.5.0");
  });
});
