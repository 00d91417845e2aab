// The DataEyes profile against the simulator's DataEyes mount: imagine, U/V/reroll, fetch and
// images through /mj/image/{id}; everything else refused before the network.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createVendorClient } from "../create-vendor-client";
import { expectVendorError } from "../testing/expect-vendor-error";
import type { VendorClient } from "../types";
import { FAST, imageSize, SIM_KEY, startSimulatorHarness, waitForTask, type SimulatorHarness } from "./simulator-harness";

let sim: SimulatorHarness;
let client: VendorClient;

beforeAll(async () => {
  sim = await startSimulatorHarness();
  client = createVendorClient({ protocol: "mjproxy", profile: "dataeyes", baseUrl: `${sim.url}/dataeyes`, apiKey: SIM_KEY, defaultMode: "fast" }, FAST);
});
afterAll(() => sim?.close());
beforeEach(() => sim.reset());

describe("[CONTRACT dataeyes] the DataEyes profile against the simulator", () => {
  it("checks the connection with a fetch of a task that does not exist", async () => {
    expect(await client.checkConnection()).toMatchObject({ ok: true });
  });

  it("imagines, downloads the grid through /mj/image/{id}, and presses U1, V1 and reroll", async () => {
    const { taskId } = await client.imagine({ prompt: "a futuristic cityscape at sunset --v 6.1", notifyId: "de-1", hookUrl: "http://127.0.0.1:9/hook" });
    const stored = await sim.task(taskId);
    expect(stored.requests[0].body).toEqual({ botType: "MID_JOURNEY", prompt: "a futuristic cityscape at sunset --v 6.1", accountFilter: { modes: ["FAST"] } });
    const grid = await waitForTask(client, taskId);
    expect(grid.imageUrl).toBe(`${sim.url}/dataeyes/mj/image/${taskId}`);
    expect(grid.actions.map((a) => a.label)).toEqual(["U1", "U2", "U3", "U4", "V1", "V2", "V3", "V4", "Reroll"]);
    const image = await client.downloadImage(grid.imageUrl!, 20_000_000);
    expect((await imageSize(image.bytes)).width).toBeGreaterThan(0);

    for (const key of ["upscale:1", "variation:1", "reroll"]) {
      const chosen = grid.actions.find((a) => a.key === key)!;
      const child = await client.act({ parentTaskId: grid.taskId, action: chosen, notifyId: `de-${key}` });
      const done = await waitForTask(client, child.taskId);
      expect(done.status).toBe("SUCCEEDED");
      if (key === "upscale:1") expect(done.actions).toEqual([]); // DataEyes documents no buttons after U
    }
  });

  it("refuses what DataEyes does not document, without calling it", async () => {
    for (const call of [
      client.blend({ images: ["data:image/png;base64,AA==", "data:image/png;base64,AA=="], notifyId: "n" }),
      client.describe({ image: "data:image/png;base64,AA==", notifyId: "n" }),
      client.seed("1"),
    ]) {
      expect((await expectVendorError(call)).message).toMatch(/DataEyes does not offer/);
    }
    expect(client.listTasks).toBeUndefined();
    expect(client.findByNotifyId).toBeUndefined();
  });

  it("error paths: a wrong key, an unknown task, a refused submit", async () => {
    const wrong = createVendorClient(
      { protocol: "mjproxy", profile: "dataeyes", baseUrl: `${sim.url}/dataeyes`, apiKey: "wrong-key-000000", defaultMode: "fast" },
      FAST,
    );
    expect(await wrong.checkConnection()).toMatchObject({ ok: false, failureCode: "BAD_KEY" });
    expect((await expectVendorError(client.fetchTask("no-such-task"))).code).toBe("NOT_FOUND");
    expect(await expectVendorError(client.imagine({ prompt: "naked truth", notifyId: "n" }))).toMatchObject({ code: "BANNED_PROMPT", vendorCode: 24 });
  });
});
