import { describe, expect, it } from "vitest";
import { RecoveryBackoff } from "./recovery-backoff";

describe("RecoveryBackoff", () => {
  it("doubles the pause after each failed look-up and gives up after the last attempt", () => {
    const backoff = new RecoveryBackoff(1_000, 4);
    expect(backoff.due("job", 0)).toBe(true);
    expect(backoff.failed("job", 0)).toEqual({ gaveUp: false, attempts: 1, retryInMs: 1_000 });
    expect(backoff.due("job", 999)).toBe(false);
    expect(backoff.due("job", 1_000)).toBe(true);
    expect(backoff.failed("job", 1_000).retryInMs).toBe(2_000);
    expect(backoff.failed("job", 3_000).retryInMs).toBe(4_000);
    expect(backoff.failed("job", 7_000)).toMatchObject({ gaveUp: true, attempts: 4 });
    // Given up: the caller marks the look-up done; the key starts fresh if it ever comes back.
    expect(backoff.due("job", 7_000)).toBe(true);
  });

  it("forgets a key once its look-up succeeded", () => {
    const backoff = new RecoveryBackoff(1_000, 3);
    backoff.failed("job", 0);
    backoff.succeeded("job");
    expect(backoff.due("job", 1)).toBe(true);
    expect(backoff.failed("job", 1).attempts).toBe(1);
  });
});
