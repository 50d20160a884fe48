import { describe, expect, it } from "vitest";

import { parseTrustedProxyHops, selectClientAddress } from "@/scripts/lib/client-address.mjs";

describe("selectClientAddress", () => {
  it("without trusted proxies, takes the socket address and ignores X-Forwarded-For", () => {
    expect(selectClientAddress("203.0.113.9", undefined, 0)).toBe("203.0.113.9");
    expect(selectClientAddress("203.0.113.9", "198.51.100.1, 198.51.100.2", 0)).toBe("203.0.113.9");
  });

  it("with N trusted hops, takes the Nth address from the right, socket included (Express trust proxy N)", () => {
    // client → proxy A (appends client) → proxy B (appends A) → app (socket = B)
    const header = "6.6.6.6, 198.51.100.7, 10.0.0.2";
    expect(selectClientAddress("10.0.0.3", header, 1)).toBe("10.0.0.2");
    expect(selectClientAddress("10.0.0.3", header, 2)).toBe("198.51.100.7");
    expect(selectClientAddress("10.0.0.3", ["6.6.6.6", "198.51.100.7,10.0.0.2"], 2)).toBe("198.51.100.7");
  });

  it("with fewer entries than hops, takes the leftmost present", () => {
    expect(selectClientAddress("10.0.0.3", "198.51.100.7", 5)).toBe("198.51.100.7");
    expect(selectClientAddress("10.0.0.3", undefined, 2)).toBe("10.0.0.3");
    expect(selectClientAddress("10.0.0.3", " , ", 1)).toBe("10.0.0.3");
  });

  it("answers unknown without a socket address", () => {
    expect(selectClientAddress(undefined, undefined, 0)).toBe("unknown");
  });
});

describe("parseTrustedProxyHops", () => {
  it("reads 0 to 10, 0 when unset, and refuses anything else", () => {
    expect(parseTrustedProxyHops(undefined)).toBe(0);
    expect(parseTrustedProxyHops("")).toBe(0);
    expect(parseTrustedProxyHops("2")).toBe(2);
    for (const value of ["-1", "1.5", "11", "two"]) expect(() => parseTrustedProxyHops(value)).toThrow(/TRUSTED_PROXY_HOPS/);
  });
});
