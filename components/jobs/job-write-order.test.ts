import { describe, expect, it } from "vitest";
import { inJobOrder } from "./job-write-order";

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("a job's writes from one tab", () => {
  it("reach the server in the order they were made, even when the first is slower", async () => {
    const arrived: string[] = [];
    const favourite = inJobOrder("job-1", async () => {
      await wait(50);
      arrived.push("favourite");
    });
    const unfavourite = inJobOrder("job-1", async () => {
      arrived.push("unfavourite");
    });
    await Promise.all([favourite, unfavourite]);
    expect(arrived).toEqual(["favourite", "unfavourite"]);
  });

  it("do not wait for another job's writes, and go on after a failed one", async () => {
    const arrived: string[] = [];
    const slow = inJobOrder("job-a", async () => {
      await wait(50);
      arrived.push("a");
    });
    await inJobOrder("job-b", async () => arrived.push("b"));
    expect(arrived).toEqual(["b"]);
    await slow;
    await expect(inJobOrder("job-c", async () => Promise.reject(new Error("refused")))).rejects.toThrow("refused");
    expect(await inJobOrder("job-c", async () => "next")).toBe("next");
  });
});
