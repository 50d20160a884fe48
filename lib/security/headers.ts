/**
 * Security headers. The CSP is per request (nonce, set in proxy.ts); the others are static
 * (next.config.ts). Pure functions so that tests can check them.
 */
const isProduction = () => process.env.NODE_ENV === "production";
const isHttps = () => (process.env.APP_URL ?? "").startsWith("https://");

export function contentSecurityPolicy(nonce: string): string {
  const directives = [
    "default-src 'self'",
    // No 'unsafe-inline' for scripts: only Next's own scripts, which carry the nonce.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${isProduction() ? "" : " 'unsafe-eval'"}`,
    // NOTE: inline style attributes (React style={…}, chart libraries) need 'unsafe-inline' for styles.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(isHttps() ? ["upgrade-insecure-requests"] : []),
  ];
  return directives.join("; ");
}

export function staticSecurityHeaders(): { key: string; value: string }[] {
  return [
    { key: "X-Content-Type-Options", value: "nosniff" },
    // NOTE: not "no-referrer": with it browsers send `Origin: null` on a form post made without
    // JavaScript, and Next refuses the server action; "same-origin" still sends nothing to other sites.
    { key: "Referrer-Policy", value: "same-origin" },
    { key: "X-Frame-Options", value: "DENY" },
    { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
    { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), interest-cohort=()" },
    ...(isProduction() ? [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }] : []),
  ];
}
