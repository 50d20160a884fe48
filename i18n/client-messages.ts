import "server-only";

import { getMessages } from "next-intl/server";

/**
 * Which message namespaces a part of the app hands to its client components (ADR 0020). Every
 * namespace given to a NextIntlClientProvider is serialised into each page under it, twice (HTML and
 * RSC payload): the whole catalogue is ~90 kB per page, so parts whose client components need few
 * messages get only those.
 */
export const CLIENT_NAMESPACES = {
  /** app/error.tsx, the only client component above every part. */
  root: ["errors"],
  /** /signaler and /suivi: the report, receipt and reply forms and the errors their actions return. */
  memberReports: ["reportForm", "enums", "validation", "errors"],
} as const satisfies Record<string, readonly string[]>;

/** The messages of `namespaces` in the request's locale. */
export async function clientMessages(namespaces: readonly string[]): Promise<Record<string, unknown>> {
  const messages = await getMessages();
  return Object.fromEntries(namespaces.filter((namespace) => namespace in messages).map((namespace) => [namespace, messages[namespace]]));
}
