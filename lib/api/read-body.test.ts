import { describe, expect, it } from "vitest";

import { BodyTooLargeError, readBodyText } from "./read-body";

function streamOf(chunks: number, size: number, counter: { pulled: number }) {
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      counter.pulled += 1;
      controller.enqueue(new TextEncoder().encode("é".repeat(size / 2)));
      if (counter.pulled >= chunks) controller.close();
    },
  });
}

const post = (body: BodyInit, headers: Record<string, string> = {}) =>
  new Request("http://localhost/x", { method: "POST", body, headers, duplex: "half" } as RequestInit);

describe("readBodyText", () => {
  it("returns a body under the cap, decoded as UTF-8", async () => {
    expect(await readBodyText(post('{"a":"é"}'), 100)).toBe('{"a":"é"}');
  });

  it("refuses a declared length over the cap without reading", async () => {
    const counter = { pulled: 0 };
    await expect(readBodyText(post(streamOf(10, 1_000, counter), { "Content-Length": "5000" }), 4_000)).rejects.toBeInstanceOf(BodyTooLargeError);
    expect(counter.pulled).toBeLessThanOrEqual(1);
  });

  it("stops a streamed body at the chunk that passes the cap", async () => {
    const counter = { pulled: 0 };
    await expect(readBodyText(post(streamOf(100, 1_000, counter)), 4_500)).rejects.toBeInstanceOf(BodyTooLargeError);
    expect(counter.pulled).toBeLessThan(10);
  });
});
