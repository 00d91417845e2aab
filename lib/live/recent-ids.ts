// The ids a bridge delivered lately, so an event that reaches it twice (its own NOTIFY coming back,
// a replay after a reconnect overlapping live notifications) is emitted once. Bounded: a Set keeps
// insertion order, so the oldest id is the first one.
export class RecentIds {
  private ids = new Set<number>();

  constructor(private readonly limit: number) {}

  has(id: number): boolean {
    return this.ids.has(id);
  }

  add(id: number): void {
    this.ids.add(id);
    if (this.ids.size > this.limit) {
      const oldest = this.ids.values().next().value;
      if (oldest !== undefined) this.ids.delete(oldest);
    }
  }
}
