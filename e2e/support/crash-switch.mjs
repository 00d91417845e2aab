// TEST-ONLY preload for e2e/crash-guard.spec.ts (node --import), never part of the studio: it
// wraps the production server's request handler with three paths that make the real server
// misbehave the way a bug would: a stray promise rejection, a stray exception thrown outside any
// request, and a slow request that is in flight when that happens.
import http from "node:http";

const createServer = http.createServer;
http.createServer = function createServerWithCrashSwitch(...args) {
  const index = args.findIndex((arg) => typeof arg === "function");
  if (index >= 0) {
    const handler = args[index];
    args[index] = (req, res) => {
      if (req.url === "/__crash/reject") {
        void Promise.reject(new Error("e2e: a stray rejection"));
        return res.end("rejected");
      }
      if (req.url === "/__crash/throw") {
        setTimeout(() => {
          throw new Error("e2e: a stray exception");
        }, 50);
        return res.end("thrown");
      }
      if (req.url === "/__crash/slow") return void setTimeout(() => res.end("finished"), 1500);
      return handler(req, res);
    };
  }
  return createServer.apply(this, args);
};
