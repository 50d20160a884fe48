/**
 * Evaluates a case's facts (docs/compliance-facts.md) and prints flags and deadlines as JSON, the same
 * JSON POST /api/v1/compliance/evaluate answers:
 *
 *   npm run compliance -- facts.json [--at YYYY-MM-DD]
 *
 * Exit 0 with the evaluation on stdout; 1 with the bad fields on stderr (invalid JSON or facts);
 * 2 for a usage error (no file, unreadable file, unknown option, an --at that is not a date).
 */
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";

import { evaluateRequest, parseJsonBody } from "@/lib/compliance/evaluate-request";
import { DEFAULT_LEGAL_CALENDAR } from "@/lib/compliance/legal-calendar";
import { isCalendarDate, todayInParis } from "@/lib/consultations/calendar-date";

const USAGE = "usage: npm run compliance -- facts.json [--at YYYY-MM-DD]";

function usageError(message: string): never {
  process.stderr.write(`${message}\n${USAGE}\n`);
  process.exit(2);
}

function readArgs(): { file: string; at?: string } {
  try {
    const { values, positionals } = parseArgs({ options: { at: { type: "string" } }, allowPositionals: true });
    if (positionals.length !== 1) usageError("expected exactly one facts file");
    if (values.at !== undefined && !isCalendarDate(values.at)) usageError(`--at: expected a calendar date "YYYY-MM-DD", got "${values.at}"`);
    return { file: positionals[0]!, at: values.at };
  } catch (error) {
    return usageError(error instanceof Error ? error.message : String(error));
  }
}

const { file, at } = readArgs();
let text: string;
try {
  text = readFileSync(file, "utf8");
} catch (error) {
  usageError(`cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`);
}

const json = parseJsonBody(text);
const outcome = json.ok
  ? evaluateRequest({ facts: json.body, ...(at === undefined ? {} : { at }) }, { today: todayInParis(), calendar: DEFAULT_LEGAL_CALENDAR })
  : json;
if (!outcome.ok) {
  process.stderr.write(`${JSON.stringify({ error: "invalid_facts", issues: outcome.issues }, null, 2)}\n`);
  process.exit(1);
}
process.stdout.write(`${JSON.stringify(outcome.response, null, 2)}\n`);
