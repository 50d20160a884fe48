import { describe, expect, it } from "vitest";

import { listenHosts } from "./listen-hosts.mjs";

describe("listenHosts", () => {
  it("listens on the loopback only by default, never on every interface", () => {
    const { hosts } = listenHosts({});
    expect(hosts).toEqual(["127.0.0.1", "::1"]);
    expect(hosts.some((host) => host === "0.0.0.0" || host === "::")).toBe(false);
    expect(listenHosts({ HOST: "  " }).hosts).toEqual(["127.0.0.1", "::1"]);
  });

  it("listens where HOST says when it is set", () => {
    expect(listenHosts({ HOST: "0.0.0.0" })).toEqual({ hosts: ["0.0.0.0"], optional: [] });
  });
});
