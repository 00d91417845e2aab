#!/usr/bin/env node
// Waits (up to a minute) until something accepts connections on 127.0.0.1:PORT.
import net from "node:net";

const port = Number(process.argv[2]);
const deadline = Date.now() + 60_000;
for (;;) {
  const open = await new Promise((resolve) => {
    const socket = net.connect({ host: "127.0.0.1", port }, () => resolve(socket.end() && true));
    socket.on("error", () => resolve(false));
  });
  if (open) process.exit(0);
  if (Date.now() > deadline) {
    console.error(`nothing listens on 127.0.0.1:${port} after a minute`);
    process.exit(1);
  }
  await new Promise((resolve) => setTimeout(resolve, 200));
}
