// Shutdown of the services container (SIGTERM, SIGINT): nothing new starts, what is in flight
// finishes, then the connections close. A submit still on its way when the time is up is not
// lost: the engine's recovery looks it up by its notify id after the restart.
import { services } from "./services";

export async function stopServices({ drainMs, log = console.log }: { drainMs: number; log?: (message: string) => void }): Promise<void> {
  const all = services();
  all.retentionSweeper?.stop();
  clearInterval(all.uploadSweeper);
  all.uploadSweeper = undefined;
  const engine = all.engine;
  if (engine) {
    engine.stop();
    const drained = await engine.drain(drainMs);
    log(
      drained
        ? "[atelier] job engine stopped; nothing in flight"
        : `[atelier] job engine stopped; work still in flight after ${drainMs} ms is resumed at the next start`,
    );
    all.engine = undefined;
  }
  all.webhookInbox?.close();
  all.webhookInbox = undefined;
  await all.builtinVendor?.close();
  all.builtinVendor = undefined;
  await all.jobEventBridge?.close();
  all.jobEventBridge = undefined;
  await all.db?.$disconnect();
  // Prisma may have ended the pool it was given already.
  await all.postgresPool?.end().catch(() => {});
  all.postgresPool = undefined;
}
