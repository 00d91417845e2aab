// What a vendor connection can do beyond imagine and its follow-ups, as the browser learns it:
// booleans only (computed on the server from the connection's protocol and profile), never a key
// or an address. The Shorten, Face swap and Edit pages say so before anyone uploads.
export interface ConnectionCapabilities {
  shorten: boolean;
  faceSwap: boolean;
  video: boolean;
  extendVideo: boolean;
  edit: boolean;
  retexture: boolean;
}

export const NO_CAPABILITIES: ConnectionCapabilities = { shorten: false, faceSwap: false, video: false, extendVideo: false, edit: false, retexture: false };
