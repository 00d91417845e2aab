import { describe, expect, it, vi } from "vitest";
import type { ImageEditRequest } from "@/lib/vendors/types";
import { isVendorError } from "@/lib/vendors/vendor-error";
import type { DispatchCandidate } from "./engine-store";
import { fakeVendorClient } from "./fake-engine-store";
import { prepareSubmit, type UploadReader } from "./prepare-submit";

const connection = { protocol: "ttapi", baseUrl: "http://vendor.test", defaultMode: "fast" as const };
const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]);
const uploads: UploadReader = {
  read: vi.fn(async (key: string) => {
    if (key !== "uploads/u1/cut.png") throw new Error(`unexpected key ${key}`);
    return { bytes: png, contentType: "image/png" };
  }),
};

function editJob(action: string, params: Record<string, unknown>): DispatchCandidate {
  const base = { id: "j1", teamId: "t", userId: "u1", connectionId: "c", kind: "EDIT", prompt: "a red hat" };
  return { ...base, action, params: JSON.stringify(params), notifyId: "n1", fencingToken: 1, parent: null };
}

describe("submitting an EDIT job", () => {
  it("sends the stored image as a data URL with the prompt, the type, the ratio and the mode", async () => {
    const editImage = vi.fn(async (_request: ImageEditRequest) => ({ taskId: "task-edit" }));
    const client = fakeVendorClient({ editImage });
    const send = await prepareSubmit(client, editJob("retexture", { imageKey: "uploads/u1/cut.png", aspectRatio: "3:2", mode: "relax" }), connection, uploads);
    await expect(send({ notifyId: "n1", hookUrl: "http://studio.test/hook" })).resolves.toEqual({ taskId: "task-edit" });
    expect(editImage).toHaveBeenCalledWith({
      notifyId: "n1",
      hookUrl: "http://studio.test/hook",
      mode: "relax",
      prompt: "a red hat",
      type: "retexture",
      image: `data:image/png;base64,${png.toString("base64")}`,
      aspectRatio: "3:2",
    });
  });

  it("uses the connection's default mode and sends an edit as an edit", async () => {
    const editImage = vi.fn(async (_request: ImageEditRequest) => ({ taskId: "task-edit" }));
    const send = await prepareSubmit(fakeVendorClient({ editImage }), editJob("edit", { imageKey: "uploads/u1/cut.png" }), connection, uploads);
    await send({ notifyId: "n1" });
    expect(editImage.mock.calls[0][0]).toMatchObject({ type: "edit", mode: "fast", aspectRatio: undefined });
  });

  it("fails before the vendor is called when the vendor has no editor", async () => {
    const error = await prepareSubmit(fakeVendorClient(), editJob("edit", { imageKey: "uploads/u1/cut.png" }), connection, uploads).catch((e: unknown) => e);
    expect(isVendorError(error) && error.code).toBe("BAD_REQUEST");
    expect((error as Error).message).toBe("This vendor does not offer Edit and Retexture.");
  });

  it("refuses an EDIT job whose action is neither edit nor retexture", async () => {
    const client = fakeVendorClient({ editImage: vi.fn() });
    await expect(prepareSubmit(client, editJob("inpaint", { imageKey: "uploads/u1/cut.png" }), connection, uploads)).rejects.toThrow(
      'An EDIT job must be "edit" or "retexture", not "inpaint".',
    );
  });
});
