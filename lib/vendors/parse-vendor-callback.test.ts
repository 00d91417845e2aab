import { describe, expect, it } from "vitest";
import { fixture } from "./fixtures/read-fixture";
import { parseVendorCallback } from "./parse-vendor-callback";

describe("webhook bodies", () => {
  it("reads a TTAPI callback by the connection's protocol", () => {
    expect(
      parseVendorCallback({ protocol: "ttapi", profile: "generic", baseUrl: "https://api.ttapi.io" }, fixture("ttapi-webhook-structure.json")),
    ).toMatchObject({
      taskId: "f5850038-90a3-8a97-0476-107ea4b8dac4",
      notifyId: "user_request_123",
      status: "SUCCEEDED",
    });
  });

  it("reads a midjourney-proxy notifyHook body (the task object)", () => {
    expect(
      parseVendorCallback({ protocol: "mjproxy", profile: "dataeyes", baseUrl: "https://cloud.dataeyes.ai/" }, fixture("dataeyes-fetch-success.json")),
    ).toMatchObject({
      taskId: "1781524258075013",
      imageUrl: "https://cloud.dataeyes.ai/mj/image/1781524258075013",
    });
  });

  it("answers null for anything else", () => {
    expect(parseVendorCallback({ protocol: "ttapi", profile: "generic", baseUrl: "https://api.ttapi.io" }, { hello: "world" })).toBeNull();
    expect(parseVendorCallback({ protocol: "mjproxy", profile: "newapi", baseUrl: "https://x" }, fixture("ttapi-webhook-structure.json"))).toBeNull();
  });
});

describe("webhook bodies as text", () => {
  it("keeps a long numeric task id exact", () => {
    const text = '{"id": 17281324658687123, "status": "IN_PROGRESS", "progress": "45%", "state": "n-9"}';
    expect(parseVendorCallback({ protocol: "mjproxy", profile: "generic", baseUrl: "https://x" }, text)).toMatchObject({
      taskId: "17281324658687123",
      progress: 45,
      notifyId: "n-9",
    });
    expect(parseVendorCallback({ protocol: "mjproxy", profile: "generic", baseUrl: "https://x" }, "not json")).toBeNull();
  });
});
