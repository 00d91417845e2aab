import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const prismaImports = {
  paths: [
    { name: "@prisma/client", message: "Only lib/db.ts and lib/data/** may use Prisma: go through lib/data." },
    { name: "@/lib/db", message: "Only lib/data/** may use the database: go through lib/data." },
  ],
  patterns: [{ group: ["**/lib/db", "**/lib/db.ts", "@prisma/*"], message: "Only lib/db.ts and lib/data/** may use Prisma: go through lib/data." }],
};

const config = [
  ...nextVitals,
  ...nextTs,
  { ignores: [".next/**", ".next-*/**", "node_modules/**", ".data/**", ".data-*/**", "next-env.d.ts", "test-results/**", "playwright-report/**"] },
  {
    rules: {
      "no-restricted-imports": ["error", prismaImports],
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    // The data layers (checked lib/data, trusted lib/trusted), the client itself, the Prisma CLI config and tests that set up fixtures may import Prisma.
    files: ["lib/db.ts", "lib/data/**", "lib/trusted/**", "prisma.config.ts", "**/*.test.ts", "tests/**", "bench/**", "e2e/**"],
    rules: { "no-restricted-imports": "off" },
  },
];

export default config;
