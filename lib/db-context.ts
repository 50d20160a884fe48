import "server-only";

import { AsyncLocalStorage } from "node:async_hooks";
import { createHmac } from "node:crypto";

import { can, type TRole } from "@/lib/authz/permissions";
import { contextKey, contextPads } from "@/scripts/lib/db-context-key.mjs";

/**
 * Who the database is working for, for row-level security (docs/decisions/0037-row-level-security.md).
 * Every statement the app sends carries one, signed, in `vigie.ctx` (lib/db.ts); the policies read it
 * through vigie_rls.context(), which verifies the signature with a key the app's role cannot read.
 */
export type TDbContext =
  | { k: "union"; u: string; id: string }
  | { k: "all"; id: string }
  | { k: "user"; id: string }
  | { k: "system" }
  | { k: "reporter"; h: string }
  | { k: "reporter"; r: string }
  | { k: "feed"; h: string };

/** An account as the data layer receives it; without its role, it is treated as an account without a union. */
export type TDbActor = { id: string; role?: TRole; unionId?: string | null };

/**
 * One store per process. NOTE: Next bundles server code per entry (instrumentation, pages, route handlers),
 * and a module may be instantiated once per bundle: the pool created by one bundle must read the context
 * another bundle's data-access function entered, so the store lives on globalThis, not in the module.
 */
const globalForContext = globalThis as unknown as { vigieDbContext?: { storage: AsyncLocalStorage<string>; outsideAnyContext: string } };
globalForContext.vigieDbContext ??= { storage: new AsyncLocalStorage<string>(), outsideAnyContext: "" };
const shared = globalForContext.vigieDbContext;
const storage = shared.storage;
let signing: { secret: string; key: Buffer } | undefined;

function signingKey(): Buffer {
  const secret = process.env.AUTH_SECRET;
  if (!secret) throw new Error("AUTH_SECRET is not set: the database context cannot be signed");
  if (signing?.secret !== secret) signing = { secret, key: contextKey(secret) };
  return signing.key;
}

/** The context token: base64(JSON) "." hex(HMAC-SHA256). */
export function contextToken(context: TDbContext): string {
  const payload = Buffer.from(JSON.stringify(context), "utf8").toString("base64");
  return `${payload}.${createHmac("sha256", signingKey()).update(payload).digest("hex")}`;
}

/** An account's context: admins see every union's rows, a union's accounts their union's, others none. */
export function contextFor(actor: TDbActor): TDbContext {
  if (!actor.id) throw new Error("contextFor: actor without id");
  if (actor.role && can(actor.role, "case:read:any")) return { k: "all", id: actor.id };
  if (actor.role && actor.unionId) return { k: "union", u: actor.unionId, id: actor.id };
  return { k: "user", id: actor.id };
}

/** The token of the statement being sent: the innermost context entered, or none (no row of any union). */
export function currentContextToken(): string {
  return storage.getStore() ?? shared.outsideAnyContext;
}

/**
 * Tests only: what statements sent outside any context run as. The integration harness sets up and
 * checks rows as `system` (like the owner would), while the data-access functions under test still run
 * in their actor's context. Refused outside vitest.
 */
export function setContextOutsideAnyContextForTests(context: TDbContext | null): void {
  if (!process.env.VITEST) throw new Error("setContextOutsideAnyContextForTests is for tests only");
  shared.outsideAnyContext = context ? contextToken(context) : "";
}

/** Runs `work` (and everything it awaits) with `context`. */
export function runInDbContext<T>(context: TDbContext, work: () => T): T {
  return runWithToken(contextToken(context), work);
}

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return typeof (value as { then?: unknown } | null)?.then === "function";
}

/**
 * NOTE: Prisma's promises are lazy: a query runs when `then` is first called, and it runs in the async
 * context of that call. A thenable returned by `work` is therefore started here, inside the context;
 * awaited later by the caller, it would run outside it, with no context at all.
 */
export function runWithToken<T>(token: string, work: () => T): T {
  return storage.run(token, () => {
    const result = work();
    if (!isThenable(result)) return result;
    return new Promise((resolve, reject) => {
      result.then(resolve, reject);
    }) as T;
  });
}

/** Jobs and maintenance commands: every union's rows. */
export function runAsSystem<T>(work: () => T): T {
  return runInDbContext({ k: "system" }, work);
}

/** The HMAC pads of the current AUTH_SECRET's key, as vigie_rls.install_key takes them. */
export function currentContextPads(): { inner: Buffer; outer: Buffer } {
  return contextPads(signingKey());
}

/**
 * A data-access function whose first argument is the actor: it runs, with everything it awaits, in the
 * actor's context, so that every statement it sends (through `prisma`, a transaction or a helper) is
 * bounded by row-level security to what that actor may see.
 */
export function actingFor<TWork extends (...args: never[]) => Promise<unknown>>(work: TWork): TWork {
  const wrapped = (...args: unknown[]) => {
    const run = () => (work as unknown as (...forwarded: unknown[]) => Promise<unknown>)(...args);
    const inContextOf = (actor: TDbActor | null | undefined) =>
      // No account (a public page): no context, so no union's row.
      actor ? runInDbContext(contextFor(actor), run) : runWithToken("", run);
    const first = args[0];
    // An actor still being resolved (a page passes its session check as a promise): its context once it
    // is known; a rejected one runs the function without context, which then meets the rejection itself.
    if (isThenable(first)) {
      return Promise.resolve(first).then(
        (actor) => inContextOf(actor as TDbActor | null | undefined),
        () => runWithToken("", run),
      );
    }
    return inContextOf(first as TDbActor | null | undefined);
  };
  return wrapped as unknown as TWork;
}

/**
 * A function that works for every union by design (a job, an aggregate over all unions, a notice to
 * another union's accounts): it runs as `system` whoever calls it. Kept to reviewed, fixed work that
 * returns nothing of another union to its caller.
 */
export function asSystem<TWork extends (...args: never[]) => Promise<unknown>>(work: TWork): TWork {
  const wrapped = (...args: unknown[]) => runAsSystem(() => (work as unknown as (...forwarded: unknown[]) => Promise<unknown>)(...args));
  return wrapped as unknown as TWork;
}
