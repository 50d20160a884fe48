/**
 * Fast inserts for the scale seed's large tables: one `INSERT … SELECT FROM unnest($1::type[], …)` per
 * batch, one array parameter per column, instead of Prisma's createMany (a VALUES list with a parameter
 * per cell, built in JavaScript: ten times slower at a million rows). Rows are the same createMany
 * inputs the generators return; each table lists its columns and their SQL types here.
 */
import type pg from "pg";

/** SQL type of a column; `[]` for PostgreSQL arrays (passed as array literals and cast). */
type TColumn = readonly [key: string, column: string, type: string];

export const COLUMNS = {
  deployments: [
    ["id", "id", "uuid"], ["unionId", "union_id", "uuid"], ["employerId", "employer_id", "uuid"], ["toolId", "tool_id", "uuid"], ["localName", "local_name", "text"],
    ["description", "description", "text"], ["servicesAffected", "services_affected", "text[]"], ["jobFamilies", "job_families", "text[]"],
    ["phase", "phase", '"DeploymentPhase"'], ["status", "status", '"CaseStatus"'], ["source", "source", '"CaseSource"'],
    ["concerns", "concerns", '"Concern"[]'], ["monitors", "monitors", '"MonitoredSignal"[]'],
    ["individualMonitoring", "individual_monitoring", '"TriState"'], ["jobsThreatened", "jobs_threatened", "int4"], ["jobsCut", "jobs_cut", "int4"],
    ["firstKnownOn", "first_known_on", "date"], ["pilotStartOn", "pilot_start_on", "date"], ["goLiveOn", "go_live_on", "date"],
    ["repInChargeId", "rep_in_charge_id", "uuid"], ["createdAt", "created_at", "timestamptz"], ["updatedAt", "updated_at", "timestamptz"],
  ],
  consultations: [
    ["deploymentId", "deployment_id", "uuid"], ["unionId", "union_id", "uuid"], ["legalBases", "legal_bases", '"LegalBasis"[]'], ["documentsReceived", "documents_received", '"ConsultationDocument"[]'],
    ["infoGivenOn", "info_given_on", "date"], ["bdeseNoticeOn", "bdese_notice_on", "date"], ["expertAppointed", "expert_appointed", "bool"],
    ["avis", "avis", '"Avis"'], ["avisOn", "avis_on", "date"], ["duerpUpdatedOn", "duerp_updated_on", "date"], ["updatedAt", "updated_at", "timestamptz"],
  ],
  case_deadlines: [
    ["deploymentId", "deployment_id", "uuid"], ["unionId", "union_id", "uuid"], ["kind", "kind", "text"], ["dueOn", "due_on", "date"], ["doneOn", "done_on", "date"],
  ],
  member_reports: [
    ["id", "id", "uuid"], ["unionId", "union_id", "uuid"], ["receiptHash", "receipt_hash", "text"], ["employerId", "employer_id", "uuid"], ["content", "content", "bytea"],
    ["staffInformed", "staff_informed", '"TriState"'], ["concerns", "concerns", '"Concern"[]'], ["status", "status", '"ReportStatus"'],
    ["submittedOn", "submitted_on", "date"], ["lastActivityOn", "last_activity_on", "date"], ["closedOn", "closed_on", "date"],
    ["deploymentId", "deployment_id", "uuid"],
  ],
  case_events: [
    ["id", "id", "uuid"], ["deploymentId", "deployment_id", "uuid"], ["unionId", "union_id", "uuid"], ["type", "type", '"CaseEventType"'], ["occurredOn", "occurred_on", "date"],
    ["title", "title", "text"], ["authorId", "author_id", "uuid"], ["createdAt", "created_at", "timestamptz"],
  ],
} as const satisfies Record<string, readonly TColumn[]>;

export type TBulkTable = keyof typeof COLUMNS;

/** Array-valued columns default to an empty array, as Prisma writes them. */
const ARRAY_DEFAULT = "{}";

function toParameter(value: unknown, type: string): unknown {
  if (value === undefined || value === null) return type.endsWith("[]") ? ARRAY_DEFAULT : null;
  if (type.endsWith("[]")) return `{${(value as string[]).join(",")}}`;
  if (value instanceof Date) return type === "date" ? value.toISOString().slice(0, 10) : value.toISOString();
  if (value instanceof Uint8Array) return Buffer.from(value.buffer, value.byteOffset, value.byteLength);
  return value;
}

/** Inserts the rows, skipping those whose key already exists; returns how many were new. */
export async function bulkInsert(pool: pg.Pool, table: TBulkTable, rows: readonly object[]): Promise<{ count: number }> {
  if (rows.length === 0) return { count: 0 };
  const columns: readonly TColumn[] = COLUMNS[table];
  // Arrays and enums travel as text and are cast in SQL; unnest would flatten arrays of arrays.
  const carrier = (type: string) => (type.endsWith("[]") || type.startsWith('"') ? "text" : type);
  const parameters = columns.map(([key, , type]) => rows.map((row) => toParameter((row as Record<string, unknown>)[key], type)));
  const unnest = columns.map(([, , type], index) => `$${index + 1}::${carrier(type)}[]`).join(", ");
  const aliases = columns.map((_, index) => `c${index}`);
  const select = columns.map(([, , type], index) => (carrier(type) === type ? aliases[index] : `${aliases[index]}::${type}`)).join(", ");
  const names = columns.map(([, column]) => `"${column}"`).join(", ");
  const result = await pool.query(
    `INSERT INTO ${table} (${names}) SELECT ${select} FROM unnest(${unnest}) AS t(${aliases.join(", ")}) ON CONFLICT DO NOTHING`,
    parameters,
  );
  return { count: result.rowCount ?? 0 };
}
