import { describe, expect, it } from "vitest";
import { PollSchedule } from "./poll-schedule";

describe("poll schedule", () => {
  it("polls at the interval first, then backs off by 15 % a poll up to 20 s", () => {
    const schedule = new PollSchedule(1_000, false);
    expect(schedule.firstPollAt(0).getTime()).toBe(1_000);
    expect(schedule.delay(0)).toBe(1_000);
    expect(schedule.delay(1)).toBe(1_150);
    expect(schedule.delay(5)).toBe(Math.round(1_000 * 1.15 ** 5));
    expect(schedule.delay(100)).toBe(20_000);
    expect(schedule.nextPollAt(1, 10).getTime()).toBe(1_160);
  });

  it("with webhooks on, polling is the safety net: later and slower", () => {
    const schedule = new PollSchedule(1_000, true);
    expect(schedule.firstPollAt(0).getTime()).toBe(3_000);
    expect(schedule.delay(0)).toBe(5_000);
    expect(schedule.delay(30)).toBe(20_000);
    expect(schedule.soonAt(0).getTime()).toBe(1_000);
  });
});
