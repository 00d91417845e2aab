import { describe, expect, it } from "vitest";
import { withReferenceUrls } from "./reference-urls";

const none = { sref: [], oref: [], cref: [] };

describe("reference URLs in the vendor's prompt", () => {
  it("appends each slot's flag after the prompt's own flags", () => {
    expect(withReferenceUrls("a fox --v 7 --ar 16:9", { ...none, sref: ["https://s/1?sig=a"], oref: ["https://s/2?sig=b"] })).toBe(
      "a fox --v 7 --ar 16:9 --sref https://s/1?sig=a --oref https://s/2?sig=b",
    );
    expect(withReferenceUrls("a knight --v 6.1 --cw 20", { ...none, cref: ["https://s/3", "https://s/4"] })).toBe(
      "a knight --v 6.1 --cw 20 --cref https://s/3 https://s/4",
    );
  });

  it("joins a --sref the user typed, in place, keeping their codes first", () => {
    expect(withReferenceUrls("a fox --sref 123 --sw 50", { ...none, sref: ["https://s/1"] })).toBe("a fox --sref 123 https://s/1 --sw 50");
  });

  it("leaves a prompt without slot references as it is", () => {
    expect(withReferenceUrls(" a fox --sref 123 ", none)).toBe("a fox --sref 123");
  });
});
