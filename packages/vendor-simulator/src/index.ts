// @atelier/vendor-simulator: a Midjourney API vendor that runs on this machine. It serves the
// TTAPI, midjourney-proxy (mjproxy, dataeyes), trueai, New API and novicezk protocols under one
// base path (/sim) from its own SQLite file and image folder, and calls webhooks like the real
// services (see ../REAL-SERVER-PROFILES.md). It is a vendor, not a mock: the studio talks to it
// over HTTP only, and nothing here imports studio code or reads the environment.
//
// Two ways to run it:
//   createVendorSimulator(options)        a handler to mount under /sim in any web server
//                                         (the studio's Next route does: lib/builtin-vendor)
//   startVendorSimulatorServer(options)   the same on its own node:http server, for tests and
//                                         benchmarks that need a real vendor without Next.js
export { createVendorSimulator, type VendorSimulator, type VendorSimulatorOptions } from "./create-simulator";
export { startVendorSimulatorServer, type VendorSimulatorServer, type VendorSimulatorServerOptions } from "./standalone-server";
