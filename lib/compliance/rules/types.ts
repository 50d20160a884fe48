import type { TCheck } from "../checks";
import type { TRuleContext } from "../case-state";
import type { TRuleId } from "../legal-calendar";

export type TSeverity = "critical" | "high" | "medium" | "low";

/**
 * One compliance rule. `check` says whether the case breaches it ("yes" → confirmed flag, "unknown"
 * → suspected flag with the missing facts, "no" → no flag); the legal calendar decides separately
 * whether the rule applies yet. Texts are the French defaults of compliance.flag.<id>.* keys.
 */
export type TRule = {
  id: TRuleId;
  severity: TSeverity;
  articles: readonly string[];
  caseLaw: readonly string[];
  explanation: string;
  nextStep: string;
  check: (ctx: TRuleContext) => TCheck;
};
