import { describe, expect, it } from "vitest";
import type { ConnectionOption } from "@/lib/query/connections";
import { capableConnections } from "./capable-connections";

const none = { shorten: false, faceSwap: false, video: false, extendVideo: false, edit: false, retexture: false };
const conn = (id: string, caps: Partial<typeof none>, isDefault = false): ConnectionOption => ({
  id,
  name: id,
  protocol: "mjproxy",
  isDefault,
  capabilities: { ...none, ...caps },
});

describe("the connection a capability page uses", () => {
  const list = [conn("tt", { edit: true }, true), conn("mj", { faceSwap: true, shorten: true }), conn("mj2", { faceSwap: true })];

  it("keeps only connections that can do it, the first by default", () => {
    const swap = capableConnections(list, "faceSwap");
    expect(swap.capable.map((c) => c.id)).toEqual(["mj", "mj2"]);
    expect(swap.connection?.id).toBe("mj");
    expect(swap.defaultLacks).toBe(true);
  });

  it("takes the chosen one when it can, else the first that can", () => {
    expect(capableConnections(list, "faceSwap", "mj2").connection?.id).toBe("mj2");
    expect(capableConnections(list, "faceSwap", "tt").connection?.id).toBe("mj");
  });

  it("has none when nobody can, and says whether the default can", () => {
    expect(capableConnections(list, "video")).toMatchObject({ capable: [], connection: undefined, defaultLacks: true });
    expect(capableConnections(list, "edit")).toMatchObject({ connection: { id: "tt" }, defaultLacks: false });
    expect(capableConnections([], "edit")).toMatchObject({ capable: [], connection: undefined, defaultLacks: false });
  });
});
