// Image ingests (download, decode, thumbnails, store) running at once. Each holds whole images
// in memory, so the process runs only a few (issue 11 item 6: 50 at once had no memory bound);
// the rest wait in order. No connection may hold every slot: a vendor whose downloads crawl
// still leaves room for other connections' images.

interface Waiting {
  connectionId: string;
  start: () => void;
}

export class IngestQueue {
  private running = 0;
  private readonly perConnection = new Map<string, number>();
  private readonly waiting: Waiting[] = [];

  constructor(
    private readonly limit = 3,
    private readonly connectionLimit = Math.max(1, limit - 1),
  ) {}

  run<T>(connectionId: string, work: () => Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const start = () => {
        this.running++;
        this.perConnection.set(connectionId, (this.perConnection.get(connectionId) ?? 0) + 1);
        work()
          .then(resolve, reject)
          .finally(() => {
            this.running--;
            const left = (this.perConnection.get(connectionId) ?? 1) - 1;
            if (left > 0) this.perConnection.set(connectionId, left);
            else this.perConnection.delete(connectionId);
            this.next();
          });
      };
      this.waiting.push({ connectionId, start });
      this.next();
    });
  }

  /** Ingests running now and waiting for a slot. */
  get stats(): { running: number; waiting: number } {
    return { running: this.running, waiting: this.waiting.length };
  }

  private next(): void {
    for (let i = 0; i < this.waiting.length && this.running < this.limit;) {
      const candidate = this.waiting[i];
      if ((this.perConnection.get(candidate.connectionId) ?? 0) >= this.connectionLimit) {
        i++;
        continue;
      }
      this.waiting.splice(i, 1);
      candidate.start();
    }
  }
}
