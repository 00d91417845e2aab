import "./support/test-env";
import { describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { TEST_ACTOR } from "@/lib/testing/test-actor";
import { createConnection } from "@/lib/trusted/connections/create-connection";
import type { JobEngine } from "@/lib/jobs/job-engine";
import type { VendorClient } from "@/lib/vendors/types";
import { SIM_KEY } from "./support/test-env";

// Next.js bundles instrumentation (which starts the engine) and server actions separately: each
// bundle has its own copy of every module. vi.resetModules() plays a second bundle here.
type EngineInstance = typeof import("@/lib/jobs/engine-instance");

/** The engine's own way to a connection's client (what it submits and polls with). */
function engineClient(engine: JobEngine, connectionId: string): Promise<VendorClient> {
  return engine["deps"].clientFor(connectionId);
}

describe("[#12.4] one vendor-client cache per process", () => {
  it("[#12.4] forgetting a connection's client from an action's bundle drops the engine's cached copy", async () => {
    const connection = await createConnection(
      {
        name: "Cache test",
        protocol: "ttapi",
        profile: "generic",
        baseUrl: "http://127.0.0.1:9/ttapi",
        apiKey: SIM_KEY,
        concurrency: 1,
        isDefault: false,
      },
      TEST_ACTOR,
    );
    const instrumentationBundle: EngineInstance = await import("@/lib/jobs/engine-instance");
    const engine = instrumentationBundle.createJobEngine({ pollIntervalMs: 100 });
    const first = await engineClient(engine, connection.id);
    expect(await engineClient(engine, connection.id)).toBe(first);

    vi.resetModules();
    const actionBundle: EngineInstance = await import("@/lib/jobs/engine-instance");
    expect(actionBundle).not.toBe(instrumentationBundle);
    await db.vendorConnection.update({ where: { id: connection.id }, data: { baseUrl: "http://127.0.0.1:9/ttapi-moved" } });
    actionBundle.forgetVendorClient(connection.id);

    expect(await engineClient(engine, connection.id)).not.toBe(first);
  });
});
