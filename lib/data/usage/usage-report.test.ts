import { describe, expect, it } from "vitest";
import { aggregateUsage } from "./aggregate-usage";
import { resolveUsageRange } from "./resolve-usage-range";
import { toUsageCsv } from "./to-usage-csv";
import { usageRows } from "./usage-rows";
import type { UsageJob, UsageNames } from "./usage-types";

const names: UsageNames = {
  users: new Map([
    ["u1", { name: "Ada", email: "ada@x.test" }],
    ["u2", { name: '=HYPERLINK("evil")', email: "eve@x.test" }],
  ]),
  teams: new Map([["t1", "Studio, West"]]),
  connections: new Map([
    ["c1", "TTAPI"],
    ["c2", "New API"],
  ]),
};

const job = (day: string, over: Partial<UsageJob> = {}): UsageJob => ({
  createdAt: new Date(`${day}T10:00:00Z`),
  userId: "u1",
  teamId: "t1",
  connectionId: "c1",
  kind: "IMAGINE",
  action: null,
  status: "SUCCEEDED",
  quotaUsed: 1.5,
  cost: 3,
  ...over,
});

const jobs = [
  job("2030-03-01"),
  job("2030-03-01", { kind: "ACTION", action: "upscale:2", quotaUsed: 0.5 }),
  job("2030-03-01", { kind: "ACTION", action: "upscale:4", quotaUsed: 0.5 }),
  job("2030-03-03", { userId: "u2", connectionId: "c2", status: "FAILED", quotaUsed: null }),
  job("2030-03-03", { kind: "INPAINT", userId: "u2" }),
];

describe("usage report", () => {
  it("sums jobs, failures and quota by day (with empty days), member, action type and connection", () => {
    const report = aggregateUsage(jobs, names, "2030-03-01", "2030-03-03");
    expect(report.totals).toEqual({ jobs: 5, failed: 1, quota: 4, reserved: 0 });
    expect(report.byDay.map((d) => [d.key, d.jobs, d.quota])).toEqual([
      ["2030-03-01", 3, 2.5],
      ["2030-03-02", 0, 0],
      ["2030-03-03", 2, 1.5],
    ]);
    expect(report.byActionType.map((b) => [b.key, b.jobs])).toEqual([
      ["imagine", 2],
      ["upscale", 2],
      ["vary_region", 1],
    ]);
    expect(report.byMember.map((b) => [b.label, b.jobs, b.failed])).toEqual([
      ["Ada", 3, 0],
      ['=HYPERLINK("evil")', 2, 1],
    ]);
    expect(report.byConnection.map((b) => [b.label, b.jobs])).toEqual([
      ["TTAPI", 4],
      ["New API", 1],
    ]);
  });

  it("[H11.3] shows units reserved by jobs in flight apart from units charged", () => {
    const report = aggregateUsage(
      [
        ...jobs,
        job("2030-03-03", { status: "QUEUED", quotaUsed: null, cost: 3 }),
        job("2030-03-03", { status: "RUNNING", quotaUsed: null, connectionId: "c2", cost: 0.5 }),
      ],
      names,
      "2030-03-01",
      "2030-03-03",
    );
    expect(report.totals).toEqual({ jobs: 7, failed: 1, quota: 4, reserved: 3.5 });
    expect(report.byConnection.map((b) => [b.label, b.quota, b.reserved])).toEqual([
      ["TTAPI", 4, 3],
      ["New API", 0, 0.5],
    ]);
  });

  it("exports one CSV row per day, team, member, action type and connection, quoted and formula-safe", () => {
    const csv = toUsageCsv(usageRows(jobs, names));
    expect(csv.split("\r\n")).toEqual([
      "day,team,member,email,action_type,connection,jobs,failed,quota_units",
      '2030-03-01,"Studio, West",Ada,ada@x.test,imagine,TTAPI,1,0,1.5',
      '2030-03-01,"Studio, West",Ada,ada@x.test,upscale,TTAPI,2,0,1',
      '2030-03-03,"Studio, West","\'=HYPERLINK(""evil"")",eve@x.test,imagine,New API,1,1,0',
      '2030-03-03,"Studio, West","\'=HYPERLINK(""evil"")",eve@x.test,vary_region,TTAPI,1,0,1.5',
      "",
    ]);
  });

  it("defaults to the last 14 days and caps a range at 92", () => {
    const now = new Date("2030-03-20T12:00:00Z");
    expect(resolveUsageRange({}, now)).toMatchObject({ from: "2030-03-07", to: "2030-03-20" });
    expect(resolveUsageRange({ from: "2030-03-10", to: "2030-03-01" }, now)).toMatchObject({ from: "2030-03-01", to: "2030-03-10" });
    expect(resolveUsageRange({ from: "2029-01-01", to: "2030-03-20" }, now)).toMatchObject({ from: "2029-01-01", to: "2029-04-02" });
    expect(resolveUsageRange({ to: "2031-01-01" }, now).to).toBe("2030-03-20");
  });
});
