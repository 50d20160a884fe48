import { describe, expect, it } from "vitest";

import { LETTER_KIND_INFO } from "@/lib/letters/kinds";

import { ENTRAVE_REQUEST_DAYS } from "./consultation";
import { ALERT_INVESTIGATION_DAYS } from "./workers";

/**
 * F17's and F19's delays are the union's practice, not the law (ADR 0025): the reply delays its own
 * letters give the employer. A flag must not say "unanswered" before the letter's reply date has
 * passed, nor stay silent long after it: the two numbers move together.
 */
describe("practice delays of F17 and F19", () => {
  it("F17 waits as long as the L2312-59 alert letter gives the employer to answer", () => {
    expect(LETTER_KIND_INFO.rights_alert.replyDelay).toEqual({ days: ALERT_INVESTIGATION_DAYS });
    expect(LETTER_KIND_INFO.rights_alert.replyDelayBasis).toBe("practice");
  });

  it("F19 waits as long as the open-consultation letter gives the employer to answer", () => {
    expect(LETTER_KIND_INFO.open_consultation.replyDelay).toEqual({ days: ENTRAVE_REQUEST_DAYS });
    expect(LETTER_KIND_INFO.open_consultation.replyDelayBasis).toBe("practice");
  });
});
