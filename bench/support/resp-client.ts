// A minimal Redis client over node:net (RESP2), for bench/live-bus.ts only: enough for PUBLISH and
// SUBSCRIBE, so the benchmark compares Redis pub/sub without adding a Redis dependency to the studio.
// Commands are written as soon as they are sent (pipelined, as ioredis and node-redis do); replies
// come back in order and settle the oldest pending command. Push messages of a subscribed connection
// (["message", channel, payload]) go to onMessage.
import net from "node:net";

type Reply = string | number | null | Reply[] | Error;

export class RespClient {
  private buffer: Buffer = Buffer.alloc(0);
  private pending: { resolve: (reply: Reply) => void; reject: (error: Error) => void }[] = [];
  onMessage: (channel: string, payload: string) => void = () => {};

  private constructor(private readonly socket: net.Socket) {
    socket.setNoDelay(true);
    socket.on("data", (chunk) => this.onData(chunk));
    socket.on("error", (error) => this.pending.splice(0).forEach((p) => p.reject(error)));
  }

  static connect(url: string): Promise<RespClient> {
    const { hostname, port } = new URL(url);
    return new Promise((resolve, reject) => {
      const socket = net.connect({ host: hostname, port: Number(port || 6379) }, () => resolve(new RespClient(socket)));
      socket.once("error", reject);
    });
  }

  command(...args: string[]): Promise<Reply> {
    let text = `*${args.length}\r\n`;
    for (const arg of args) text += `$${Buffer.byteLength(arg)}\r\n${arg}\r\n`;
    return new Promise((resolve, reject) => {
      this.pending.push({ resolve, reject });
      this.socket.write(text);
    });
  }

  close(): void {
    this.socket.destroy();
  }

  private onData(chunk: Buffer): void {
    this.buffer = this.buffer.length ? Buffer.concat([this.buffer, chunk]) : chunk;
    for (;;) {
      const parsed = parse(this.buffer, 0);
      if (!parsed) return; // wait for the rest
      this.buffer = this.buffer.subarray(parsed.end);
      const reply = parsed.reply;
      if (Array.isArray(reply) && reply[0] === "message") {
        this.onMessage(String(reply[1]), String(reply[2]));
        continue;
      }
      this.pending.shift()?.resolve(reply);
    }
  }
}

/** One reply starting at `at`, or null when the buffer does not hold all of it yet. */
function parse(buffer: Buffer, at: number): { reply: Reply; end: number } | null {
  const lineEnd = buffer.indexOf("\r\n", at);
  if (lineEnd < 0) return null;
  const type = String.fromCharCode(buffer[at]);
  const line = buffer.toString("utf8", at + 1, lineEnd);
  const next = lineEnd + 2;
  if (type === "+") return { reply: line, end: next };
  if (type === "-") return { reply: new Error(line), end: next };
  if (type === ":") return { reply: Number(line), end: next };
  if (type === "$") {
    const length = Number(line);
    if (length < 0) return { reply: null, end: next };
    if (buffer.length < next + length + 2) return null;
    return { reply: buffer.toString("utf8", next, next + length), end: next + length + 2 };
  }
  if (type === "*") {
    const count = Number(line);
    const items: Reply[] = [];
    let end = next;
    for (let i = 0; i < count; i++) {
      const item = parse(buffer, end);
      if (!item) return null;
      items.push(item.reply);
      end = item.end;
    }
    return { reply: items, end };
  }
  throw new Error(`unexpected RESP type ${type}`);
}
