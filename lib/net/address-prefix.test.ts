import { describe, expect, it } from "vitest";

import { addressPrefix } from "@/lib/net/address-prefix";

describe("addressPrefix", () => {
  it("keys IPv4 on its /24: two machines of one network share it, the next network does not", () => {
    expect(addressPrefix("198.51.100.7")).toBe("198.51.100.0/24");
    expect(addressPrefix("198.51.100.250")).toBe("198.51.100.0/24");
    expect(addressPrefix("198.51.101.7")).toBe("198.51.101.0/24");
  });

  it("keys IPv6 on its /48, whatever the notation", () => {
    expect(addressPrefix("2001:db8:abcd:12::1")).toBe("2001:db8:abcd::/48");
    expect(addressPrefix("2001:0DB8:ABCD:ffff:1:2:3:4")).toBe("2001:db8:abcd::/48");
    expect(addressPrefix("2001:db8:abce::1")).toBe("2001:db8:abce::/48");
    expect(addressPrefix("fe80::1%eth0")).toBe("fe80::/48");
    expect(addressPrefix("::1")).toBe("::/48");
  });

  it("keys an IPv4-mapped IPv6 address like the IPv4 it carries", () => {
    expect(addressPrefix("::ffff:198.51.100.7")).toBe("198.51.100.0/24");
    expect(addressPrefix("::ffff:c633:6407")).toBe("198.51.100.0/24");
  });

  it("puts anything that is not an address in one shared key", () => {
    for (const value of ["unknown", "", "198.51.100", "not an address", "1.2.3.4.5", "2001:db8::g"]) {
      expect(addressPrefix(value)).toBe("unknown");
    }
  });
});
