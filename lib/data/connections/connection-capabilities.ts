import "server-only";
import { NO_CAPABILITIES, type ConnectionCapabilities } from "@/lib/domain/connection-capabilities";
import { isProfile, isProtocol } from "@/lib/domain/vendor-protocol";
import { createVendorClient } from "@/lib/vendors/create-vendor-client";

/**
 * Which optional calls the connection's adapter has. The adapter itself is the one place that
 * decides (a method is absent where the protocol or the gateway's profile lacks it), so this
 * builds a client with no key and looks: building one sends nothing, and no key is read.
 */
export function connectionCapabilities(connection: { protocol: string; profile: string; baseUrl: string }): ConnectionCapabilities {
  if (!isProtocol(connection.protocol)) return NO_CAPABILITIES;
  try {
    const client = createVendorClient({
      protocol: connection.protocol,
      profile: isProfile(connection.profile) ? connection.profile : "generic",
      baseUrl: connection.baseUrl,
      apiKey: "",
      defaultMode: "fast",
    });
    return {
      shorten: typeof client.shorten === "function",
      faceSwap: typeof client.faceSwap === "function",
      video: typeof client.video === "function",
      extendVideo: typeof client.extendVideo === "function",
      edit: typeof client.editImage === "function" && (client.editTypes?.includes("edit") ?? true),
      retexture: typeof client.editImage === "function" && (client.editTypes?.includes("retexture") ?? true),
    };
  } catch {
    // An address the adapter cannot use: the connection can do nothing until an admin fixes it.
    return NO_CAPABILITIES;
  }
}
