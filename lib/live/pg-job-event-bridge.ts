// Job events across studio processes on one PostgreSQL database (LISTEN/NOTIFY).
//
// Every process keeps its in-process bus (services().bus, read by the live streams); this bridge
// joins the buses: publish() emits locally at once and NOTIFYs the others; a NOTIFY from another
// process is emitted on this bus. NOTIFY is fire-and-forget — a process whose LISTEN connection is
// down misses what was sent meanwhile — so after every reconnect the bridge replays the JobEvent
// rows it has not delivered (every event is a row before it is published: announceJobChange).
//
// Why PostgreSQL and not Redis: no second service to run, and the figures (bench/live-bus.ts) are
// the same order of magnitude for a job event's size and rates.
import { randomUUID } from "node:crypto";
import type { EventEmitter } from "node:events";
import pg from "pg";
import type { JobEventRow } from "@/lib/data/events/job-event-row";
import type { JobEventBridge } from "./job-event-bridge";
import { decodeNotifyPayload, encodeNotifyPayload } from "./job-event-notify-payload";
import { latestJobEventIdIn, readJobEvent, readJobEventsAfter } from "./read-job-events-after";
import { RecentIds } from "./recent-ids";

export const DEFAULT_JOB_EVENTS_CHANNEL = "atelier_job_events";

/**
 * JobEvent ids come from a sequence, taken at INSERT but visible at COMMIT, so a row may appear
 * below an id already delivered. The replay starts this many ids lower; RecentIds drops the repeats.
 */
const REPLAY_MARGIN = 100;
const REPLAY_PAGE = 1_000;
const NOTIFY_ATTEMPTS = 3;

export interface PgJobEventBridgeOptions {
  /** For pg_notify and the replay reads (any pool on the database; the bridge never ends it). */
  pool: pg.Pool;
  /** The bridge's own LISTEN connection (a pooled one cannot LISTEN: it goes back to the pool). */
  listener: string | pg.ClientConfig;
  /** This process's bus; events are emitted as "job", as lib/jobs/event-bus.ts expects. */
  bus: EventEmitter;
  channel?: string;
  /** Unique per process; its own NOTIFYs are ignored by it. */
  origin?: string;
  /** Reconnect delays: doubled from initialMs up to maxMs, with jitter so processes spread out. */
  backoff?: { initialMs: number; maxMs: number };
  log?: (message: string) => void;
}

export class PgJobEventBridge implements JobEventBridge {
  readonly origin: string;
  readonly channel: string;
  private client: pg.Client | null = null;
  private closed = false;
  private attempt = 0;
  private reconnectTimer: NodeJS.Timeout | undefined;
  /** Highest id emitted on the bus. */
  private lastSeenId = 0;
  /** Set once the first connection read where the log stood: from then on, losses are replayed. */
  private started = false;
  /** Where the log stood then: a replay never goes below it (older events are history, not news). */
  private startId = 0;
  /** lastSeenId when the connection was lost: the replay starts there. */
  private replayFrom: number | null = null;
  private delivered = new RecentIds(10_000);
  /**
   * Other processes' events that arrive while a (re)connection catches up, emitted after the
   * replayed rows: live streams skip ids below the last they sent, so older ones must go first.
   */
  private held: JobEventRow[] | null = null;
  private outbox: JobEventRow[] = [];
  private sending: Promise<void> | null = null;
  private connections = 0;
  private readyResolve!: () => void;
  /** Settles when the first LISTEN is in place (the bridge keeps retrying until then). */
  readonly ready: Promise<void> = new Promise((resolve) => (this.readyResolve = resolve));

  constructor(private readonly options: PgJobEventBridgeOptions) {
    this.origin = options.origin ?? randomUUID();
    this.channel = options.channel ?? DEFAULT_JOB_EVENTS_CHANNEL;
    // The channel is an identifier in LISTEN (no parameters there): keep it to a safe spelling.
    if (!/^[a-z_][a-z0-9_]{0,62}$/.test(this.channel)) throw new Error(`Bad NOTIFY channel name: ${this.channel}`);
    void this.connect();
  }

  /** How many times the LISTEN connection was (re)established: 1 after start, +1 per reconnect. */
  get connectionCount(): number {
    return this.connections;
  }

  get connected(): boolean {
    return this.client !== null;
  }

  publish(event: JobEventRow): void {
    this.deliver(event);
    this.outbox.push(event);
    this.pump();
  }

  private pump(): void {
    if (this.sending || this.outbox.length === 0) return;
    // Restarted on settling: an event published between the last send and this callback still goes.
    this.sending = this.drainOutbox().finally(() => {
      this.sending = null;
      this.pump();
    });
  }

  /** Resolves when every event published so far was NOTIFYed (or given up on). */
  async flush(): Promise<void> {
    while (this.sending) await this.sending;
  }

  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.reconnectTimer);
    await this.flush();
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => {});
  }

  private log(message: string): void {
    (this.options.log ?? ((m: string) => console.warn(m)))(`[live] ${message}`);
  }

  /**
   * One NOTIFY at a time, in publish order, each carrying everything that piled up while the
   * previous one was under way. Sent through the pool, not the LISTEN connection, so a publish
   * does not wait for a reconnect.
   */
  private async drainOutbox(): Promise<void> {
    while (this.outbox.length > 0) {
      const { payload, count } = encodeNotifyPayload(this.origin, this.outbox);
      this.outbox.splice(0, count);
      for (let attempt = 1; ; attempt++) {
        try {
          await this.options.pool.query("SELECT pg_notify($1, $2)", [this.channel, payload]);
          break;
        } catch (error) {
          if (attempt >= NOTIFY_ATTEMPTS || this.closed) {
            // Other processes' browsers get these when their stream next reconnects (Last-Event-ID).
            this.log(`NOTIFY failed, other processes miss ${count} event(s) live: ${error instanceof Error ? error.message : error}`);
            break;
          }
          await new Promise((r) => setTimeout(r, 50 * attempt));
        }
      }
    }
  }

  private deliver(event: JobEventRow): void {
    if (this.delivered.has(event.id)) return;
    this.delivered.add(event.id);
    if (event.id > this.lastSeenId) this.lastSeenId = event.id;
    this.options.bus.emit("job", event);
  }

  private receive(event: JobEventRow): void {
    if (this.held) this.held.push(event);
    else this.deliver(event);
  }

  private onNotification(message: pg.Notification): void {
    if (message.channel !== this.channel) return;
    const payload = decodeNotifyPayload(message.payload);
    if (!payload || payload.origin === this.origin) return;
    if ("events" in payload) return payload.events.forEach((event) => this.receive(event));
    // Too big to travel whole: read it from the table.
    readJobEvent(this.options.pool, payload.id).then(
      (event) => event && this.receive(event),
      (error: unknown) => this.log(`could not read job event ${payload.id}: ${error instanceof Error ? error.message : error}`),
    );
  }

  private async connect(): Promise<void> {
    if (this.closed) return;
    const base = typeof this.options.listener === "string" ? { connectionString: this.options.listener } : this.options.listener;
    // keepAlive: a silently dropped TCP connection (a NAT, a failover) is noticed and reconnected.
    const client = new pg.Client({ keepAlive: true, application_name: `atelier-live ${this.origin}`.slice(0, 63), ...base });
    const lost = (error?: Error) => this.onConnectionLost(client, error);
    client.on("error", lost);
    client.on("end", () => lost());
    client.on("notification", (message) => this.onNotification(message));
    try {
      await client.connect();
      this.held = [];
      await client.query(`LISTEN "${this.channel}"`);
      if (this.closed) {
        await client.end().catch(() => {});
        return;
      }
      this.client = client;
      // Listening from here on; now catch up on what came before (repeats are dropped by id).
      if (this.started) await this.replay();
      else {
        this.startId = await latestJobEventIdIn(this.options.pool);
        this.lastSeenId = Math.max(this.lastSeenId, this.startId);
        this.started = true;
      }
      if (this.client !== client) return; // lost again while replaying: that loss scheduled the next try
      this.releaseHeld();
      this.attempt = 0;
      this.connections++;
      this.readyResolve();
    } catch (error) {
      this.onConnectionLost(client, error instanceof Error ? error : new Error(String(error)));
    }
  }

  private releaseHeld(): void {
    const held = this.held ?? [];
    this.held = null;
    for (const event of held.sort((x, y) => x.id - y.id)) this.deliver(event);
  }

  private async replay(): Promise<void> {
    let after = Math.max(this.startId, (this.replayFrom ?? this.lastSeenId) - REPLAY_MARGIN);
    for (;;) {
      const rows = await readJobEventsAfter(this.options.pool, after, REPLAY_PAGE);
      for (const row of rows) this.deliver(row);
      if (rows.length < REPLAY_PAGE) break;
      after = rows[rows.length - 1].id;
    }
    this.replayFrom = null;
  }

  private onConnectionLost(client: pg.Client, error?: Error): void {
    client.removeAllListeners();
    client.on("error", () => {}); // a late socket error on a client we dropped must not crash the process
    void client.end().catch(() => {});
    if (this.client === client) this.client = null;
    // What arrived before the loss still goes out (the next connection's replay skips it by id).
    if (!this.client) this.releaseHeld();
    if (this.closed || this.reconnectTimer) return;
    // The first loss of a session fixes where the replay starts; a failed reconnect keeps it.
    if (this.replayFrom === null && this.started) this.replayFrom = this.lastSeenId;
    const { initialMs, maxMs } = this.options.backoff ?? { initialMs: 250, maxMs: 10_000 };
    const delay = Math.min(maxMs, initialMs * 2 ** this.attempt) * (0.5 + Math.random() / 2);
    this.attempt++;
    this.log(`LISTEN connection lost (${error?.message ?? "ended"}); retrying in ${Math.round(delay)} ms`);
    this.reconnectTimer = setTimeout(() => {
      this.reconnectTimer = undefined;
      void this.connect();
    }, delay);
  }
}
