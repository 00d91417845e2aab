// prepareSubmit's IMAGINE case with reference slots: each becomes a signed link in the prompt the
// vendor gets (the job's own prompt untouched), image prompts first; no link, no submit.
import { describe, expect, it } from "vitest";
import type { ImagineRequest, VendorClient } from "@/lib/vendors/types";
import type { DispatchCandidate } from "./engine-store";
import { prepareSubmit, SubmitPreconditionError } from "./prepare-submit";
import { verifyImageSignature } from "@/lib/uploads/signed-image-url";
import { verifyUploadSignature } from "@/lib/uploads/signed-upload-url";

process.env.NEXTAUTH_SECRET ??= "unit-test-secret-of-at-least-32-characters";

function capture() {
  const sent: ImagineRequest[] = [];
  const client = {
    protocol: "ttapi",
    imagine: async (request: ImagineRequest) => {
      sent.push(request);
      return { taskId: "t1" };
    },
  } as unknown as VendorClient; // only imagine is called in these tests
  return { client, sent };
}

function job(prompt: string, params: unknown): DispatchCandidate {
  return {
    id: "j1",
    teamId: "t",
    userId: "u",
    connectionId: "c",
    kind: "IMAGINE",
    action: null,
    prompt,
    params: JSON.stringify(params),
    notifyId: "n1",
    fencingToken: 1,
    parent: null,
  };
}

const uploads = { read: async () => ({ bytes: Buffer.from("x"), contentType: "image/png" }) };
const loopback = { protocol: "ttapi", baseUrl: "http://127.0.0.1:4000/ttapi", defaultMode: "fast" as const };

describe("prepareSubmit IMAGINE with reference slots", () => {
  it("puts signed studio links behind --sref/--oref and image prompts first; the job's prompt keeps none", async () => {
    const { client, sent } = capture();
    const candidate = job("a fox --v 7 --sw 300", {
      imageRefUrls: ["https://example.com/a.png"],
      references: [
        { slot: "sref", imageId: "img_s" },
        { slot: "oref", uploadKey: "uploads/u/o.png" },
        { slot: "image", imageId: "img_i" },
      ],
    });
    const send = await prepareSubmit(client, candidate, loopback, uploads);
    await send({ notifyId: "n1" });
    const { prompt, imageRefs } = sent[0];
    const match = /^a fox --v 7 --sw 300 --sref (\S+) --oref (\S+)$/.exec(prompt);
    expect(match, prompt).not.toBeNull();
    const sref = new URL(match![1]);
    expect(sref.pathname).toBe("/api/public/images/img_s");
    expect(verifyImageSignature("img_s", sref.searchParams.get("exp"), sref.searchParams.get("sig"))).toBe(true);
    const oref = new URL(match![2]);
    expect(oref.pathname).toBe("/api/public/uploads/uploads/u/o.png");
    expect(verifyUploadSignature("uploads/u/o.png", oref.searchParams.get("exp"), oref.searchParams.get("sig"))).toBe(true);
    expect(imageRefs?.[0]).toBe("https://example.com/a.png");
    expect(new URL(imageRefs![1]).pathname).toBe("/api/public/images/img_i");
    expect(candidate.prompt).toBe("a fox --v 7 --sw 300");
  });

  it("a job from before references submits its prompt as it was", async () => {
    const { client, sent } = capture();
    await (
      await prepareSubmit(client, job("a fox --sref 123", { imageRefKeys: [] }), loopback, uploads)
    )({ notifyId: "n1" });
    expect(sent[0].prompt).toBe("a fox --sref 123");
  });

  it("refuses before calling the vendor when a remote vendor cannot reach the studio", async () => {
    const { client, sent } = capture();
    const remote = { protocol: "mjproxy", baseUrl: "https://mj.example.com", defaultMode: "fast" as const };
    const candidate = job("a fox", { references: [{ slot: "sref", imageId: "img_s" }] });
    await expect(prepareSubmit(client, candidate, remote, uploads)).rejects.toBeInstanceOf(SubmitPreconditionError);
    await expect(prepareSubmit(client, candidate, remote, uploads)).rejects.toThrow(/PUBLIC_URL/);
    expect(sent).toEqual([]);
  });
});
