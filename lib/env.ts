import { z } from "zod";

/**
 * Every environment variable the server reads, validated once.
 * `.env.example` documents each one. Scripts (start, tests) set DATABASE_URL and AUTH_SECRET before the
 * app starts, so nothing here is read at build time.
 */
const ZEnv = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "must be a postgresql:// URL"),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
  AUTH_SECRET: z.string().min(32, "must be at least 32 characters (generate one with: openssl rand -base64 32)"),
  /** Public URL of the app; https:// turns on Secure cookies and HSTS. */
  APP_URL: z.url().default("http://localhost:3000"),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  /**
   * Sign-in failures (ADR 0032). Per account: from LOGIN_SLOWDOWN_AFTER failures each attempt waits 1, 2,
   * 4… s (at most LOGIN_MAX_DELAY_SECONDS); at LOGIN_MAX_FAILURES_PER_ACCOUNT the account needs its second
   * factor, or (without one) waits LOGIN_LOCK_MINUTES. Per client address: LOGIN_MAX_FAILURES_PER_CLIENT
   * failures in LOGIN_THROTTLE_WINDOW_MINUTES, then a wait.
   */
  LOGIN_SLOWDOWN_AFTER: z.coerce.number().int().min(1).default(3),
  LOGIN_MAX_DELAY_SECONDS: z.coerce.number().int().min(1).max(3600).default(60),
  LOGIN_MAX_FAILURES_PER_ACCOUNT: z.coerce.number().int().min(1).default(10),
  LOGIN_LOCK_MINUTES: z.coerce.number().int().min(1).max(24 * 60).default(15),
  LOGIN_MAX_FAILURES_PER_CLIENT: z.coerce.number().int().min(1).default(30),
  LOGIN_THROTTLE_WINDOW_MINUTES: z.coerce.number().int().min(1).default(15),
  /** Sensitive actions (user management, exports) need the second factor proved within this many minutes. */
  STEP_UP_MINUTES: z.coerce.number().int().min(1).max(24 * 60).default(15),
  /** A session ends this many hours after sign-in, however active (the idle limit is 8 hours). */
  SESSION_ABSOLUTE_HOURS: z.coerce.number().int().min(1).max(24 * 30).default(12),
  INVITE_TTL_HOURS: z.coerce.number().int().min(1).max(24 * 30).default(72),
  /**
   * Keys of member-report text, never in the database (lib/reports/keyring.ts): the keyring file
   * `npm start` keeps in the secrets folder, else one key (32 bytes, base64) in REPORT_ENCRYPTION_KEY.
   */
  REPORT_KEYRING_FILE: z.string().min(1).optional(),
  REPORT_ENCRYPTION_KEY: z
    .string()
    .refine((value) => Buffer.from(value, "base64").length === 32, "must be 32 bytes in base64 (openssl rand -base64 32)")
    .optional(),
  /** Salt of receipt hashes (16+ bytes, base64), independent of the content key; see lib/reports/crypto.ts. */
  REPORT_RECEIPT_SALT: z
    .string()
    .refine((value) => Buffer.from(value, "base64").length >= 16, "must be at least 16 bytes in base64 (openssl rand -base64 16)")
    .optional(),
  /** Folder of reports and reporter messages waiting for their batch (lib/reports/intake-spool.ts). */
  REPORT_SPOOL_DIR: z.string().min(1).default(".data/intake-spool"),
  /**
   * Reports and reporter messages reach the database in batches, one per window of this many minutes
   * (aligned on UTC midnight): the database cannot date them more finely (docs/threat-model.md).
   */
  REPORT_BATCH_MINUTES: z.coerce.number().int().min(1).max(24 * 60).default(240),
  /** Report counts below this are shown as "fewer than N" outside the triage inbox. */
  SMALL_COUNT_THRESHOLD: z.coerce.number().int().min(1).max(100).default(5),
  /** The case list's employer filter lists up to this many employers; with more, it searches them by name. */
  /** JSON API (issue 16, point 5): largest request body, and requests per account per minute. */
  API_MAX_BODY_BYTES: z.coerce.number().int().min(1_024).max(64 * 1_048_576).default(4 * 1_048_576),
  API_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).max(100_000).default(60),
  CASE_FILTER_EMPLOYER_LIST_MAX: z.coerce.number().int().min(1).max(5_000).default(200),
  /** Closed reports and their messages are purged this many months after their last activity. */
  REPORT_RETENTION_MONTHS: z.coerce.number().int().min(1).max(120).default(12),
  /** Anonymous intake throttle, per client (hashed address) and window: reports + messages, wrong receipts. */
  REPORT_MAX_SUBMISSIONS_PER_CLIENT: z.coerce.number().int().min(1).default(10),
  REPORT_MAX_RECEIPT_FAILURES_PER_CLIENT: z.coerce.number().int().min(1).default(10),
  REPORT_THROTTLE_WINDOW_MINUTES: z.coerce.number().int().min(1).max(24 * 60).default(60),
  /** Receipt hashes (argon2id, ~19 MiB each) computed at once per instance, and how many may wait. */
  REPORT_HASH_CONCURRENCY: z.coerce.number().int().min(1).max(16).default(1),
  REPORT_HASH_QUEUE_MAX: z.coerce.number().int().min(0).max(10_000).default(100),
  /** Receipt hashes allowed per minute per instance, all clients together; past it, a clear 429. */
  REPORT_MAX_HASHES_PER_MINUTE: z.coerce.number().int().min(1).max(100_000).default(120),
  /** Client prefixes tracked per throttle window per instance; past it, new ones are refused (429). */
  REPORT_MAX_TRACKED_CLIENTS: z.coerce.number().int().min(1).max(10_000_000).default(50_000),
  /**
   * Proxies in front of the app that append to X-Forwarded-For (read by scripts/server.mjs, which checks
   * the same bounds). 0: the client address is the socket's, X-Forwarded-For is ignored.
   */
  TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
  /** Each app instance works the job queue unless false (then run `npm run worker`). */
  /**
   * Serves /bench/floor and /bench/blank, the two pages `npm run bench:page-cost` compares (issue 21):
   * off (404) unless a benchmark starts the server with it.
   */
  BENCH_ROUTES: z.enum(["true", "false"]).default("false").transform((value) => value === "true"),
  JOBS_RUN_IN_APP: z.enum(["true", "false"]).default("true").transform((value) => value === "true"),
  JOBS_POLLING_SECONDS: z.coerce.number().min(0.5).max(600).default(2),
  /** Outgoing mail. With SMTP_URL (smtp:// or smtps://, credentials in the URL), through that server;
   * otherwise MAIL_TRANSPORT "file" (default: one .eml file per message in MAIL_DIR) or "console". */
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, "must be an smtp:// or smtps:// URL")
    .optional()
    .or(z.literal("").transform(() => undefined)),
  MAIL_TRANSPORT: z.enum(["smtp", "file", "console"]).optional(),
  MAIL_DIR: z.string().min(1).default(".data/mail"),
  /** Sender of the notification e-mails; default "Vigie IA <notifications@<APP_URL's host>>". */
  MAIL_FROM: z.string().min(3).optional(),
  /** Sending attempts of one e-mail before it is marked failed (1, 2, 4… minutes apart). */
  EMAIL_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(20).default(8),
}).refine((value) => value.REPORT_KEYRING_FILE || value.REPORT_ENCRYPTION_KEY, {
  path: ["REPORT_ENCRYPTION_KEY"],
  message: "is required unless REPORT_KEYRING_FILE is set (32 random bytes in base64: openssl rand -base64 32)",
});

export type TEnv = z.infer<typeof ZEnv>;

let cached: TEnv | undefined;

export function parseEnv(source: Record<string, string | undefined>): TEnv {
  const result = ZEnv.safeParse(source);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid environment configuration:\n${lines.join("\n")}`);
  }
  return result.data;
}

/** The validated environment (parsed on first call, at server start via instrumentation.ts). */
export function env(): TEnv {
  cached ??= parseEnv(process.env);
  return cached;
}

export function isSecureDeployment(): boolean {
  return env().APP_URL.startsWith("https://");
}
