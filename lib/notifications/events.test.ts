import { describe, expect, it } from "vitest";

import { channelOf, channelsFor, emailStateFor, NOTIFICATION_EVENTS } from "./events";

describe("notification channels", () => {
  it("never offers an immediate e-mail for member-report events", () => {
    expect(channelsFor("report_received")).toEqual(["in_app", "digest", "off"]);
    expect(channelsFor("reporter_replied")).not.toContain("email");
    expect(channelsFor("deadline_reminder")).toEqual(["in_app", "email", "digest", "off"]);
  });

  it("falls back to the default when nothing, or a channel no longer offered, is stored", () => {
    expect(channelOf("deadline_reminder", undefined)).toBe("email");
    expect(channelOf("report_received", "email")).toBe("in_app");
    expect(channelOf("report_received", "off")).toBe("off");
    for (const event of NOTIFICATION_EVENTS) expect(channelsFor(event)).toContain(channelOf(event, undefined));
  });

  it("maps channels to the e-mail state of a new notification", () => {
    expect(emailStateFor("email")).toBe("pending");
    expect(emailStateFor("digest")).toBe("digest");
    expect(emailStateFor("in_app")).toBe("none");
  });
});

describe("the account_locked notice (issue 16, point 3)", () => {
  it("is e-mailed at once by default, and reads as a sentence in both languages", async () => {
    expect(channelOf("account_locked", undefined)).toBe("email");
    const { notificationTitle } = await import("./text");
    const { createTranslator } = await import("next-intl");
    const { MESSAGES } = await import("@/messages");
    for (const locale of ["fr", "en"] as const) {
      const translator = createTranslator({ locale, messages: MESSAGES[locale] as Record<string, string> });
      const title = notificationTitle({ event: "account_locked", params: { failures: 10, lockedUntil: "14:05" } }, (key, values) => translator(key, values));
      expect(title).toContain("10");
      expect(title).toContain("14:05");
    }
  });
});
