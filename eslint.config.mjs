import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const prismaImports = {
  paths: [
    { name: "@prisma/client", message: "Only lib/db.ts, lib/data/** and lib/trusted/** may use Prisma: go through lib/data." },
    { name: "@/lib/db", message: "Only lib/data/** and lib/trusted/** may use the database: go through lib/data." },
  ],
  patterns: [
    { group: ["**/lib/db", "**/lib/db.ts", "@prisma/*"], message: "Only lib/db.ts, lib/data/** and lib/trusted/** may use Prisma: go through lib/data." },
  ],
};

// lib/trusted holds data functions that check no caller (engine, CLI, bootstrap, sign-in, sweepers).
// What a request reaches (pages, routes, actions, components) must use lib/data, whose functions
// take the signed-in user and check what they may do. lib/data itself may build on lib/trusted.
const trustedImports = {
  patterns: [
    {
      group: ["@/lib/trusted/**", "**/trusted/**"],
      message: "lib/trusted checks no caller: pages, routes, actions and components go through lib/data (functions that take the user and check them).",
    },
  ],
};

// The built-in vendor is a package of its own (a vendor, not a mock): only its glue, tests and
// benchmarks may import it; everything else reaches it over HTTP like any vendor.
const simulatorImports = {
  patterns: [
    {
      group: ["@atelier/vendor-simulator", "@atelier/vendor-simulator/*", "**/packages/vendor-simulator", "**/packages/vendor-simulator/**"],
      message: "Only lib/builtin-vendor, app/sim, tests and benchmarks may use the simulator package: talk to the vendor over HTTP.",
    },
  ],
};
const simulatorGlue = ["lib/builtin-vendor/**", "app/sim/**", "lib/vendors/contract/simulator-harness.ts"];

// Flat config: a later block's options for a rule replace an earlier block's, so a block that
// adds or lifts restrictions must repeat the ones that still hold for its files.
const restrictedImports = (...sets) => ({ paths: sets.flatMap((s) => s.paths ?? []), patterns: sets.flatMap((s) => s.patterns ?? []) });

const config = [
  ...nextVitals,
  ...nextTs,
  { ignores: [".next/**", ".next-*/**", "node_modules/**", ".data/**", ".data-*/**", "next-env.d.ts", "test-results/**", "playwright-report/**"] },
  {
    rules: {
      "no-restricted-imports": ["error", restrictedImports(prismaImports, simulatorImports)],
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    // What a request reaches: no Prisma, no trusted data functions, no simulator internals.
    files: ["app/**", "components/**", "lib/actions/**", "lib/query/**"],
    rules: { "no-restricted-imports": ["error", restrictedImports(prismaImports, trustedImports, simulatorImports)] },
  },
  {
    // Vendor callbacks carry no session: the secret token in their URL is the check, and the
    // trusted webhook intake makes it. Prisma stays off limits there as everywhere in app/.
    files: ["app/api/webhooks/**"],
    rules: { "no-restricted-imports": ["error", restrictedImports(prismaImports, simulatorImports)] },
  },
  {
    // The data layers, the client itself (and the services container that holds it) and the Prisma CLI
    // config may import Prisma (not the simulator).
    files: ["lib/db.ts", "lib/server/services.ts", "lib/data/**", "lib/trusted/**", "prisma.config.ts"],
    rules: { "no-restricted-imports": ["error", restrictedImports(simulatorImports)] },
  },
  // The simulator's glue keeps the Prisma and trusted rules.
  { files: simulatorGlue, rules: { "no-restricted-imports": ["error", restrictedImports(prismaImports, trustedImports)] } },
  // Tests and benchmarks set up fixtures with Prisma and start simulators of their own.
  { files: ["**/*.test.ts", "tests/**", "bench/**", "e2e/**", "e2e-scale/**"], rules: { "no-restricted-imports": "off" } },
  {
    // The simulator package imports no studio code: it is a vendor, the studio its client.
    files: ["packages/vendor-simulator/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [{ group: ["@/*", "**/lib/**", "**/app/**", "**/components/**", "@prisma/*"], message: "The simulator package imports no studio code." }] },
      ],
    },
  },
];

export default config;
