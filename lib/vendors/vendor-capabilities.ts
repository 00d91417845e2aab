// What a connection's vendor can do beyond imagine and its follow-ups, read off the adapter itself:
// an adapter leaves a method off where its protocol or gateway lacks the endpoint, so the client
// a connection would get is the one truth. Building it sends nothing (no key is needed for that).
import type { MjproxyProfile, Protocol } from "@/lib/domain/vendor-protocol";
import { createVendorClient } from "./create-vendor-client";

export interface VendorCapabilities {
  video: boolean;
  extendVideo: boolean;
  edit: boolean;
  shorten: boolean;
  faceSwap: boolean;
}

export function vendorCapabilities(protocol: Protocol, profile: MjproxyProfile): VendorCapabilities {
  const client = createVendorClient({ protocol, profile, baseUrl: "http://127.0.0.1/", apiKey: "capabilities", defaultMode: "fast" });
  return {
    video: typeof client.video === "function",
    extendVideo: typeof client.extendVideo === "function",
    edit: typeof client.editImage === "function",
    shorten: typeof client.shorten === "function",
    faceSwap: typeof client.faceSwap === "function",
  };
}
