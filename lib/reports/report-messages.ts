import "server-only";

import type { Prisma } from "@/generated/prisma/client";
import { aad, encryptText } from "@/lib/reports/crypto";

type TDb = Pick<Prisma.TransactionClient, "$queryRaw" | "reportMessage">;

export type TNewReportMessage = {
  reportId: string;
  /** The union of the report copy (report_messages' composite key to member_reports checks it). */
  unionId: string;
  kind: "reporter" | "rep" | "internal";
  authorId: string | null;
  body: string;
  sentOn: Date;
  intakeKey?: string;
};

/** `count` ids of report_messages, taken from its sequence before the rows exist (their AAD names them). */
export async function nextMessageIds(db: TDb, count: number): Promise<bigint[]> {
  if (count === 0) return [];
  const rows = await db.$queryRaw<{ id: bigint }[]>`
    SELECT nextval(pg_get_serial_sequence('report_messages', 'id')) AS id FROM generate_series(1, ${count}::int)`;
  return rows.map((row) => BigInt(row.id));
}

/**
 * Writes messages in the order given, each body encrypted for its own row (report id and message id in
 * the associated data). Returns their ids. Messages whose intake key is already there are skipped.
 */
export async function createReportMessages(db: TDb, messages: TNewReportMessage[]): Promise<bigint[]> {
  const ids = await nextMessageIds(db, messages.length);
  await db.reportMessage.createMany({
    data: messages.map((message, index) => ({
      id: ids[index]!,
      reportId: message.reportId,
      unionId: message.unionId,
      kind: message.kind,
      authorId: message.authorId,
      body: encryptText(message.body, aad.messageBody(message.reportId, ids[index]!)),
      sentOn: message.sentOn,
      intakeKey: message.intakeKey ?? null,
    })),
    skipDuplicates: true,
  });
  return ids;
}
