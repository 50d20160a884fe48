import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

import { staticSecurityHeaders } from "./lib/security/headers";

// The ICU messages are compiled at build time (ADR 0021): no message parsed per request, no parser
// shipped to the browser. tests/unit/precompiled-messages.test.ts proves the texts are unchanged.
const withNextIntl = createNextIntlPlugin({
  requestConfig: "./i18n/request.ts",
  experimental: { messages: { path: "./messages", format: "json", locales: ["fr", "en"], precompile: true } },
});

const nextConfig: NextConfig = {
  // NOTE: lets several dev servers or builds run side by side (NEXT_DIST_DIR=.next-foo); default .next.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  // The calendar feed's URL is its secret (ADR 0017): `next dev` would print it with every request.
  logging: { incomingRequests: { ignore: [/\/api\/calendar\//] } },
  reactStrictMode: true,
  // Loaded by Node at run time, not bundled: pg-boss reads its own files, nodemailer its transports.
  serverExternalPackages: ["pg-boss", "nodemailer"],
  async headers() {
    return [{ source: "/:path*", headers: staticSecurityHeaders() }];
  },
};

export default withNextIntl(nextConfig);
