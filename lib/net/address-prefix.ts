import ipaddr from "ipaddr.js";

/**
 * The coarse throttle key of a client address: its IPv4 /24 or IPv6 /48 network, so that one key
 * stands for a whole office or home network, never for one machine. An IPv4-mapped IPv6 address
 * (::ffff:a.b.c.d, what a dual-stack socket reports for IPv4 clients) is its IPv4 /24. Anything that
 * does not parse as an address ("unknown" included) is the one shared key "unknown". Pure.
 */
export function addressPrefix(address: string): string {
  const trimmed = address.trim();
  // Four-part IPv4 only: ipaddr.js also reads "198.51.100" or "0x7f.1", which no socket reports.
  if (!ipaddr.IPv4.isValidFourPartDecimal(trimmed) && !ipaddr.IPv6.isValid(trimmed)) return "unknown";
  const parsed = ipaddr.process(trimmed);
  if (parsed.kind() === "ipv4") {
    const [a, b, c] = (parsed as ipaddr.IPv4).octets;
    return `${a}.${b}.${c}.0/24`;
  }
  const [p0 = 0, p1 = 0, p2 = 0] = (parsed as ipaddr.IPv6).parts;
  return `${new ipaddr.IPv6([p0, p1, p2, 0, 0, 0, 0, 0]).toRFC5952String()}/48`;
}
