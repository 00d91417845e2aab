import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const prismaImports = {
  paths: [
    { name: "@prisma/client", message: "Only lib/db.ts and lib/data/** may use Prisma: go through lib/data." },
    { name: "@/lib/db", message: "Only lib/data/** may use the database: go through lib/data." },
  ],
  patterns: [{ group: ["**/lib/db", "**/lib/db.ts", "@prisma/*"], message: "Only lib/db.ts and lib/data/** may use Prisma: go through lib/data." }],
};

// The built-in vendor is a package of its own (a vendor, not a mock): only its glue, tests and
// benchmarks may import it; everything else reaches it over HTTP like any vendor.
const simulatorPatterns = [
  {
    group: ["@atelier/vendor-simulator", "@atelier/vendor-simulator/*", "**/packages/vendor-simulator", "**/packages/vendor-simulator/**"],
    message: "Only lib/builtin-vendor, app/sim, tests and benchmarks may use the simulator package: talk to the vendor over HTTP.",
  },
];
const simulatorGlue = ["lib/builtin-vendor/**", "app/sim/**", "lib/vendors/contract/simulator-harness.ts"];

const config = [
  ...nextVitals,
  ...nextTs,
  { ignores: [".next/**", ".next-*/**", "node_modules/**", ".data/**", ".data-*/**", "next-env.d.ts", "test-results/**", "playwright-report/**"] },
  {
    rules: {
      "no-restricted-imports": ["error", { ...prismaImports, patterns: [...prismaImports.patterns, ...simulatorPatterns] }],
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    // The data layer, the client itself and the Prisma CLI config may import Prisma (not the simulator).
    files: ["lib/db.ts", "lib/data/**", "prisma.config.ts"],
    rules: { "no-restricted-imports": ["error", { patterns: simulatorPatterns }] },
  },
  // The simulator's glue keeps the Prisma rule (flat config replaces the rule's options per block).
  { files: simulatorGlue, rules: { "no-restricted-imports": ["error", prismaImports] } },
  // Tests and benchmarks set up fixtures with Prisma and start simulators of their own.
  { files: ["**/*.test.ts", "tests/**", "bench/**", "e2e/**"], rules: { "no-restricted-imports": "off" } },
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
