import { describe, expect, it } from "vitest";
import { fixture } from "../fixtures/read-fixture";
import { MJPROXY_PROFILES } from "./mjproxy-profiles";
import { normalizeMjproxyTask } from "./normalize-mjproxy-task";

const newapi = { profile: MJPROXY_PROFILES.newapi, baseUrl: "https://newapi.example.com" };
const dataeyes = { profile: MJPROXY_PROFILES.dataeyes, baseUrl: "https://cloud.dataeyes.ai" };

describe("midjourney-proxy task normalization (the documents' own samples)", () => {
  it("reads New API's fetch sample: not started = accepted, no image or buttons yet", () => {
    expect(normalizeMjproxyTask(fixture("mjproxy-task-newapi.json"), newapi)).toEqual({
      taskId: "string",
      status: "SUBMITTED",
      progress: 0,
      notifyId: "string",
      prompt: "string",
      actions: [],
    });
  });

  it("reads 4AllAPI's list-by-condition sample item the same way", () => {
    const list = fixture("mjproxy-list-4allapi.json") as unknown[];
    expect(list.map((item) => normalizeMjproxyTask(item, newapi)?.status)).toEqual(["SUBMITTED"]);
  });

  it("reads DataEyes' fetch sample: 100%, the image through /mj/image/{id}, its buttons with exact customIds", () => {
    expect(normalizeMjproxyTask(fixture("dataeyes-fetch-success.json"), dataeyes)).toEqual({
      taskId: "1781524258075013",
      status: "SUCCEEDED",
      progress: 100,
      prompt: "a futuristic cityscape at sunset --v 6.1",
      imageUrl: "https://cloud.dataeyes.ai/mj/image/1781524258075013",
      actions: [
        { key: "upscale:1", label: "U1", payload: "MJ::JOB::upsample::1::675515df-961f-411e-8e9b-d81ac68427f5" },
        { key: "reroll", label: "Reroll", payload: "MJ::JOB::reroll::0::675515df-961f-411e-8e9b-d81ac68427f5::SOLO" },
      ],
    });
  });

  it("maps every status, parses '45%' and caps unfinished progress at 99", () => {
    const at = (status: string, progress = "45%") => normalizeMjproxyTask({ id: 7, status, progress }, newapi);
    expect(at("NOT_START")?.status).toBe("SUBMITTED");
    expect(at("SUBMITTED")?.status).toBe("SUBMITTED");
    expect(at("IN_PROGRESS")).toMatchObject({ taskId: "7", status: "RUNNING", progress: 45 });
    expect(at("IN_PROGRESS", "100%")?.progress).toBe(99);
    expect(at("MODAL")?.status).toBe("NEEDS_INPUT");
    expect(at("SUCCESS", "0%")).toMatchObject({ status: "SUCCEEDED", progress: 100 });
    expect(at("CANCEL")?.status).toBe("CANCELLED");
    expect(normalizeMjproxyTask({ id: "1", status: "FAILURE", failReason: "Banned prompt detected" }, newapi)).toMatchObject({
      status: "FAILED",
      failureCode: "BANNED_PROMPT",
      failureReason: "Banned prompt detected",
    });
    expect(normalizeMjproxyTask({ id: "1", status: "WHATEVER" }, newapi)).toBeUndefined();
  });

  it("keeps Discord addresses as they are and resolves relative ones against the connection", () => {
    const success = (imageUrl: string) =>
      normalizeMjproxyTask({ id: "9", status: "SUCCESS", imageUrl }, { ...newapi, baseUrl: "https://gw.example.com/proxy" })?.imageUrl;
    expect(success("https://cdn.discordapp.com/attachments/1/2/a.png")).toBe("https://cdn.discordapp.com/attachments/1/2/a.png");
    expect(success("/mj/image/9")).toBe("https://gw.example.com/proxy/mj/image/9");
    expect(success("/files/a.png")).toBe("https://gw.example.com/files/a.png");
    expect(success("www.yourdomain.com/mj/image/9")).toBe("https://gw.example.com/proxy/mj/image/9");
  });

  it("splits describe prompts and offers no image for text tasks", () => {
    const snapshot = normalizeMjproxyTask(
      {
        id: "d",
        action: "DESCRIBE",
        status: "SUCCESS",
        imageUrl: "https://cdn.discordapp.com/x.png",
        promptEn: "1️⃣ a cat\n\n2️⃣ a dog\n\n3️⃣ a bird\n\n4️⃣ a fish",
      },
      newapi,
    );
    expect(snapshot?.prompts).toEqual(["a cat", "a dog", "a bird", "a fish"]);
    expect(snapshot?.imageUrl).toBeUndefined();
  });

  it("drops Vary Region and Custom Zoom where the vendor has no modal endpoint", () => {
    const task = {
      id: "u",
      status: "SUCCESS",
      buttons: [
        { customId: "MJ::Inpaint::1::abc::SOLO", label: "Vary (Region)" },
        { customId: "MJ::CustomZoom::abc", label: "Custom Zoom" },
        { customId: "MJ::Outpaint::50::1::abc::SOLO", label: "Zoom Out 2x" },
      ],
    };
    expect(normalizeMjproxyTask(task, newapi)?.actions.map((a) => a.key)).toEqual(["vary_region", "zoom:custom", "zoom:2"]);
    expect(normalizeMjproxyTask(task, dataeyes)?.actions.map((a) => a.key)).toEqual(["zoom:2"]);
  });
});
