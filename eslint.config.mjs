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

// Flat config: a later block's options for a rule replace an earlier block's, so a block that
// adds restrictions must repeat the ones every file has.
const restrictedImports = (...sets) => ({ paths: sets.flatMap((s) => s.paths ?? []), patterns: sets.flatMap((s) => s.patterns ?? []) });

const config = [
  ...nextVitals,
  ...nextTs,
  { ignores: [".next/**", ".next-*/**", "node_modules/**", ".data/**", ".data-*/**", "next-env.d.ts", "test-results/**", "playwright-report/**"] },
  {
    rules: {
      "no-restricted-imports": ["error", restrictedImports(prismaImports)],
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    // What a request reaches: no Prisma (above) and no trusted data functions.
    files: ["app/**", "components/**", "lib/actions/**", "lib/query/**"],
    rules: { "no-restricted-imports": ["error", restrictedImports(prismaImports, trustedImports)] },
  },
  {
    // Vendor callbacks carry no session: the secret token in their URL is the check, and the
    // trusted webhook intake makes it. Prisma stays off limits there as everywhere in app/.
    files: ["app/api/webhooks/**"],
    rules: { "no-restricted-imports": ["error", restrictedImports(prismaImports)] },
  },
  {
    // The data layers, the client itself, the Prisma CLI config and tests that set up fixtures may import Prisma.
    files: ["lib/db.ts", "lib/data/**", "lib/trusted/**", "prisma.config.ts", "**/*.test.ts", "tests/**", "bench/**", "e2e/**"],
    rules: { "no-restricted-imports": "off" },
  },
];

export default config;
