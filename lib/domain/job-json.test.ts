import { describe, expect, it } from "vitest";
import { jobParamsJson, jobResultJson, offeredActionsJson } from "./job-json";
import { readJsonText } from "./json-text";

describe("job JSON codecs", () => {
  it("round-trips what the studio writes", () => {
    const result = { seed: "123", prompts: ["a fox"], vendorPrompt: "a fox --v 7", input: { confirms: 1 } };
    expect(jobResultJson.decode(jobResultJson.encode(result))).toEqual(result);
    const actions = [{ key: "upscale:1", label: "U1", payload: "MJ::JOB::upsample::1::h" }];
    expect(offeredActionsJson.decode(offeredActionsJson.encode(actions))).toEqual(actions);
    expect(jobParamsJson.decode(jobParamsJson.encode({ mode: "fast", imageRefKeys: [] }))).toEqual({ mode: "fast", imageRefKeys: [] });
  });

  it("reads an old result leniently: a field of the wrong type is absent, unknown fields stay", () => {
    expect(jobResultJson.decode('{"seed":42,"width":512}')).toEqual({ seed: undefined, width: 512 });
  });

  it("throws on text that is not JSON, or falls back when the reader asks", () => {
    expect(() => jobResultJson.decode("not json")).toThrow();
    expect(readJsonText(jobParamsJson, "not json", {})).toEqual({});
    expect(readJsonText(jobResultJson, "[1]", {})).toEqual({});
  });
});
