// One lane of work per vendor connection: a connection's dispatch pass runs on its own, so a
// vendor that hangs holds up only its own jobs, never another connection's (issue 11 item 6).

export class ConnectionLanes {
  private readonly running = new Map<string, Promise<void>>();

  /** Starts `work` in this connection's lane unless the lane is busy; false when it was. */
  tryRun(connectionId: string, work: () => Promise<void>): boolean {
    if (this.running.has(connectionId)) return false;
    const done = work()
      .catch((error) => console.error(`[engine] work for connection ${connectionId} failed:`, error))
      .finally(() => this.running.delete(connectionId));
    this.running.set(connectionId, done);
    return true;
  }

  busy(connectionId: string): boolean {
    return this.running.has(connectionId);
  }

  /** Resolves when every lane running now has finished (tests, shutdown). */
  async idle(): Promise<void> {
    await Promise.all(this.running.values());
  }
}
