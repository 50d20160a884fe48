/**
 * The audit trail as CSV for French spreadsheets (same conventions as the case export:
 * lib/deployments/csv.ts). Pure: rows and a label translator in, text out.
 */
import { stringify } from "csv-stringify/sync";

import { neutraliseFormula, toFrenchDateTime } from "@/lib/deployments/csv";

import type { TAuditRow } from "./queries";

export function buildAuditCsv(rows: TAuditRow[], label: (key: string) => string): string {
  const header = ["at", "actor", "action", "entityType", "entityId"].map((key) => label(`audit.columns.${key}`));
  const body = rows.map((row) => [
    toFrenchDateTime(row.at),
    neutraliseFormula(row.actorEmail ?? label("audit.system")),
    neutraliseFormula(row.action),
    neutraliseFormula(row.entityType),
    neutraliseFormula(row.entityId),
  ]);
  return stringify([header, ...body], { delimiter: ";", record_delimiter: "windows", bom: true, quoted_match: /[\r\n]/ });
}

export const auditCsvFileName = (today: string) => `vigie-ia-journal-${today}.csv`;
