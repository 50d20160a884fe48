import pino, { type DestinationStream } from "pino";

/**
 * Structured JSON logs. Never log passwords, tokens, e-mail addresses, names, IP addresses or user
 * agents: log ids. The redact list is a safety net, not a licence.
 */
export const REDACTED_KEYS = [
  "password",
  "newPassword",
  "currentPassword",
  "passwordHash",
  "token",
  "secret",
  "email",
  "name",
  "ip",
  "userAgent",
  "authorization",
  "cookie",
];

export function createLogger(destination?: DestinationStream) {
  const options = {
    level: process.env.LOG_LEVEL ?? "info",
    base: { app: "vigie-ia" },
    redact: { paths: [...REDACTED_KEYS, ...REDACTED_KEYS.map((key) => `*.${key}`)], censor: "[redacted]" },
  };
  return destination ? pino(options, destination) : pino(options);
}

export const logger = createLogger();
