import { describe, expect, it } from "vitest";
import { connectionCapabilities } from "./connection-capabilities";

const at = "http://vendor.test";

describe("what a connection can do", () => {
  it("offers shorten and face swap on midjourney-proxy gateways that document them, not on TTAPI", () => {
    expect(connectionCapabilities({ protocol: "mjproxy", profile: "newapi", baseUrl: at })).toMatchObject({ shorten: true, faceSwap: true });
    expect(connectionCapabilities({ protocol: "mjproxy", profile: "generic", baseUrl: at })).toMatchObject({ shorten: true, faceSwap: true });
    expect(connectionCapabilities({ protocol: "ttapi", profile: "generic", baseUrl: at })).toMatchObject({ shorten: false, faceSwap: false });
  });

  it("follows the profile: 4AllAPI has face swap but no shorten, DataEyes neither", () => {
    expect(connectionCapabilities({ protocol: "mjproxy", profile: "4allapi", baseUrl: at })).toMatchObject({ shorten: false, faceSwap: true });
    expect(connectionCapabilities({ protocol: "mjproxy", profile: "dataeyes", baseUrl: at })).toMatchObject({ shorten: false, faceSwap: false });
  });

  it("offers nothing for a protocol it does not know", () => {
    expect(connectionCapabilities({ protocol: "other", profile: "generic", baseUrl: at })).toEqual({
      shorten: false,
      faceSwap: false,
      video: false,
      extendVideo: false,
      edit: false,
      retexture: false,
    });
  });

  it("offers Retexture only where the gateway has its route: New API relays edits, not retexture", () => {
    expect(connectionCapabilities({ protocol: "mjproxy", profile: "newapi", baseUrl: at })).toMatchObject({ edit: true, retexture: false });
    expect(connectionCapabilities({ protocol: "mjproxy", profile: "generic", baseUrl: at })).toMatchObject({ edit: true, retexture: true });
    expect(connectionCapabilities({ protocol: "ttapi", profile: "generic", baseUrl: at })).toMatchObject({ edit: true, retexture: true });
  });
});
