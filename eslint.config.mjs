import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import { defineConfig, globalIgnores } from "eslint/config";

// Layering rules (STYLE.md): only lib/ data-access files, prisma/ seeds, scripts and tests touch
// the Prisma client; client components import only schemas, DTO types and UI primitives.
const PRISMA_IMPORTS = {
  patterns: [
    { group: ["@/generated/prisma", "@/generated/prisma/*", "**/generated/prisma/*"], message: "Use lib/<domain> functions: app/ and components/ never touch the Prisma client." },
    { group: ["@/lib/db", "**/lib/db"], message: "Use lib/<domain> functions: app/ and components/ never touch the database." },
    { group: ["@prisma/*", "pg"], message: "Database drivers belong in lib/db.ts." },
  ],
};

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    files: ["app/**/*.{ts,tsx}", "components/**/*.{ts,tsx}", "i18n/**/*.ts"],
    rules: { "no-restricted-imports": ["error", PRISMA_IMPORTS] },
  },
  {
    // Client components: no server modules at run time (type-only imports are erased and allowed).
    files: ["components/**/*.tsx"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            ...PRISMA_IMPORTS.patterns,
            {
              group: ["@/lib/*/queries", "@/lib/*/create-*", "@/lib/*/manage-*", "@/lib/*/save-*", "@/lib/*/change-*", "@/lib/*/accept-*", "@/lib/auth/*", "@/lib/audit/*", "@/lib/actions/define-action", "@/lib/env", "@/lib/logger"],
              allowTypeImports: true,
              message: "Client components import only schemas, DTO types and components/ui; server code goes through actions.",
            },
          ],
        },
      ],
    },
  },
  {
    // The public report pages ship no validation library (issue 21, ADR 0011): their forms post to a
    // server action whose zod schema is the check. Later blocks replace the rule, so the patterns above
    // are repeated.
    files: ["components/reports/{report-form,employer-picker,receipt-form,receipt-panel,reporter-reply-form,failure-values,privacy-notice}.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            ...PRISMA_IMPORTS.patterns,
            {
              group: ["zod", "react-hook-form", "@hookform/*", "@/lib/*/schemas", "@/lib/*/*-schemas", "@/components/forms/*"],
              allowTypeImports: true,
              message: "The public report forms must not ship zod or react-hook-form: constants come from lib/reports/limits.ts or lib/deployments/enums.ts, the server checks the input.",
            },
            {
              group: ["@/lib/*/queries", "@/lib/auth/*", "@/lib/audit/*", "@/lib/actions/define-action", "@/lib/env", "@/lib/logger"],
              allowTypeImports: true,
              message: "Client components import only schemas, DTO types and components/ui; server code goes through actions.",
            },
          ],
        },
      ],
    },
  },
  globalIgnores([".next/**", ".next-*/**", "scripts/bench-floor/*/.next/**", "out/**", "build/**", "next-env.d.ts", "generated/**", ".data/**", "coverage/**", "playwright-report/**", "test-results/**"]),
]);
