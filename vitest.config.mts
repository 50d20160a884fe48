import path from "node:path";
import { fileURLToPath } from "node:url";

import { defineConfig } from "vitest/config";

const root = path.dirname(fileURLToPath(import.meta.url));

const excluded = ["**/node_modules/**", "**/.next/**", "**/generated/**", "tests/e2e/**", ".data/**"];

export default defineConfig({
  resolve: {
    alias: {
      "@": root,
      // The real package throws outside a React Server Components bundle.
      "server-only": path.join(root, "tests/setup/server-only.ts"),
    },
  },
  test: {
    environment: "node",
    // next-auth imports "next/server" without an extension, which only bundlers resolve: let Vite do it.
    server: { deps: { inline: ["next-auth"] } },
    env: { LOG_LEVEL: process.env.LOG_LEVEL ?? "warn" },
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["{lib,components,tests/unit,scripts}/**/*.test.{ts,tsx}"],
          exclude: [...excluded, "**/*.int.test.{ts,tsx}"],
        },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["**/*.int.test.{ts,tsx}"],
          exclude: excluded,
          globalSetup: ["tests/setup/integration-global.ts"],
          setupFiles: ["tests/setup/integration-setup.ts"],
          // One database per run, emptied before each test: files must not run at the same time.
          fileParallelism: false,
          maxWorkers: 1,
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
