// Vendor clients, cached briefly per connection: building one decrypts the connection's key and
// reads its row, which the engine would otherwise do for every submit and poll.
import type { VendorClient } from "@/lib/vendors/types";

const DEFAULT_TTL_MS = 30_000;

export class VendorClientCache {
  private readonly entries = new Map<string, { client: VendorClient; expires: number }>();

  constructor(private readonly ttlMs = DEFAULT_TTL_MS) {}

  /** The cached client, or a new one from `load`: a key or address an admin changed applies within the TTL. */
  async get(connectionId: string, load: (connectionId: string) => Promise<VendorClient>): Promise<VendorClient> {
    const cached = this.entries.get(connectionId);
    if (cached && cached.expires > Date.now()) return cached.client;
    const client = await load(connectionId);
    this.entries.set(connectionId, { client, expires: Date.now() + this.ttlMs });
    return client;
  }

  /** An admin changed the connection: its next use builds a new client. */
  forget(connectionId: string): void {
    this.entries.delete(connectionId);
  }
}
