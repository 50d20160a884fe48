/**
 * Expected errors carry a message key (translated in the UI, see messages/*.json) apart from the
 * internal detail that only goes to the logs. Anything that is not an AppError is unexpected: logged,
 * and answered with one generic message.
 */
export type AppErrorCode = "not_found" | "forbidden" | "unauthenticated" | "conflict" | "invalid" | "throttled";

const STATUS: Record<AppErrorCode, number> = {
  not_found: 404,
  forbidden: 403,
  unauthenticated: 401,
  conflict: 409,
  invalid: 400,
  throttled: 429,
};

export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly status: number;
  /** Key in messages/*.json shown to the user. */
  readonly messageKey: string;
  /** Field the error belongs to, when it is about one. */
  readonly field?: string;
  /** Data the user needs to act on the error (e.g. the other person's change in a conflict). Safe to show. */
  readonly details?: unknown;

  constructor(code: AppErrorCode, messageKey: string, options: { detail?: string; field?: string; details?: unknown } = {}) {
    super(options.detail ?? messageKey);
    this.name = "AppError";
    this.code = code;
    this.status = STATUS[code];
    this.messageKey = messageKey;
    this.field = options.field;
    this.details = options.details;
  }
}

export const notFound = () => new AppError("not_found", "errors.notFound");
export const forbidden = () => new AppError("forbidden", "errors.forbidden");
