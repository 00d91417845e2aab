// Connection settings for the engine, cached briefly: they are read on every submit and every
// refresh. An admin's change applies within the TTL, or at once through forget().
import type { EngineConnection, EngineStore } from "./engine-store";

const CONNECTION_TTL_MS = 30_000;

export class ConnectionCache {
  private readonly entries = new Map<string, { row: EngineConnection | null; expires: number }>();

  constructor(
    private readonly store: Pick<EngineStore, "getConnection">,
    private readonly ttlMs = CONNECTION_TTL_MS,
    private readonly now: () => number = Date.now,
  ) {}

  async get(connectionId: string): Promise<EngineConnection | null> {
    const cached = this.entries.get(connectionId);
    if (cached && cached.expires > this.now()) return cached.row;
    const row = await this.store.getConnection(connectionId);
    this.entries.set(connectionId, { row, expires: this.now() + this.ttlMs });
    return row;
  }

  forget(connectionId: string): void {
    this.entries.delete(connectionId);
  }
}
