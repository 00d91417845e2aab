import { describe, expect, it } from "vitest";
import { taskIdFromCallback } from "./task-id-from-callback";

describe("task id from a callback", () => {
  it("reads TTAPI's jobId (top level or in data)", () => {
    expect(taskIdFromCallback("ttapi", JSON.stringify({ status: "SUCCESS", jobId: "f5850038-90a3", data: {} }))).toBe("f5850038-90a3");
    expect(taskIdFromCallback("ttapi", JSON.stringify({ data: { jobId: "abc" } }))).toBe("abc");
  });

  it("reads midjourney-proxy's id", () => {
    expect(taskIdFromCallback("mjproxy", JSON.stringify({ id: "1712205491372", status: "SUCCESS" }))).toBe("1712205491372");
  });

  it("ignores bodies that are not JSON or carry odd ids", () => {
    expect(taskIdFromCallback("ttapi", "not json")).toBeUndefined();
    expect(taskIdFromCallback("mjproxy", JSON.stringify({ id: "../../etc" }))).toBeUndefined();
    expect(taskIdFromCallback("mjproxy", JSON.stringify({ id: 42 }))).toBeUndefined();
  });
});
