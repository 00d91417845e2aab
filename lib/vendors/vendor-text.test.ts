import { describe, expect, it } from "vitest";
import { classifyFailureReason } from "./classify-failure-reason";
import { backoffDelay } from "./http/backoff-delay";
import { vendorBaseUrl } from "./http/vendor-base-url";
import { parseProgress } from "./parse-progress";
import { splitDescribedPrompts } from "./split-described-prompts";

describe("small vendor readings", () => {
  it("reads progress however the vendor writes it", () => {
    expect([
      parseProgress("45%"),
      parseProgress("45"),
      parseProgress(45.6),
      parseProgress(" 100% "),
      parseProgress("string"),
      parseProgress(null),
      parseProgress("250"),
    ]).toEqual([45, 45, 46, 100, 0, 0, 100]);
  });

  it.each([
    ["banned prompt words: [nude]", "BANNED_PROMPT"],
    ["Banned prompt detected", "BANNED_PROMPT"],
    ["可能包含敏感词", "BANNED_PROMPT"],
    ["Invalid mask image", "BAD_MASK"],
    ["quota_not_enough", "QUOTA"],
    ["余额不足", "QUOTA"],
    ["队列已满，请稍后尝试", "QUEUE_FULL"],
    ["Too many requests", "RATE_LIMITED"],
    ["账号被封禁", "BAD_KEY"],
    ["任务超时", "TIMEOUT"],
    ["task_no_found", "NOT_FOUND"],
    ["'action' parameter error!", "BAD_REQUEST"],
    ["failed", "VENDOR_ERROR"],
  ])("classifies %s as %s", (words, code) => {
    expect(classifyFailureReason(words)).toBe(code);
  });

  it("splits describe answers numbered with keycaps or one per line", () => {
    expect(splitDescribedPrompts("1️⃣ a cat --ar 1:1\n\n2️⃣ a dog\n\n3⃣ a bird")).toEqual(["a cat --ar 1:1", "a dog", "a bird"]);
    expect(splitDescribedPrompts("first prompt\nsecond prompt\n\n")).toEqual(["first prompt", "second prompt"]);
    expect(splitDescribedPrompts(undefined)).toEqual([]);
  });

  it("backs off exponentially with jitter under a cap, and honours Retry-After", () => {
    const policy = { attempts: 5, baseDelayMs: 100, maxDelayMs: 1000 };
    expect([0, 1, 2, 3, 4].map((n) => backoffDelay(n, policy, () => 0.999))).toEqual([99, 199, 399, 799, 999]);
    expect(backoffDelay(3, policy, () => 0)).toBe(0);
    expect(backoffDelay(0, policy, () => 0.5, "0.3")).toBe(300);
    expect(backoffDelay(0, policy, () => 0.5, "60")).toBe(1000);
  });

  it("reduces pasted base URLs to what comes before the protocol's paths", () => {
    expect(vendorBaseUrl("https://api.ttapi.io/midjourney/v1/", ["/midjourney/v1", "/midjourney"])).toBe("https://api.ttapi.io");
    expect(vendorBaseUrl("https://gw.example.com/mj", ["/mj"])).toBe("https://gw.example.com");
    expect(vendorBaseUrl("http://127.0.0.1:3000/sim/mjproxy", ["/mj"])).toBe("http://127.0.0.1:3000/sim/mjproxy");
  });
});
