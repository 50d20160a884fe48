/**
 * A seeded pseudo-random generator (mulberry32): the same --seed gives the same data set, ids
 * included, so a benchmark or a bug report can be reproduced row for row. Not for anything secret.
 */
export class SeededRandom {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let value = this.state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4_294_967_296;
  }

  /** An integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error("pick from an empty list");
    return items[Math.floor(this.next() * items.length)]!;
  }

  /** One item, each as likely as its weight: [["reported", 30], ["resolved", 5]]. */
  weighted<T>(pairs: readonly (readonly [T, number])[]): T {
    const total = pairs.reduce((sum, [, weight]) => sum + weight, 0);
    let roll = this.next() * total;
    for (const [item, weight] of pairs) {
      roll -= weight;
      if (roll < 0) return item;
    }
    return pairs[pairs.length - 1]![0];
  }

  /** Up to `count` distinct items, in random order. */
  sample<T>(items: readonly T[], count: number): T[] {
    const pool = [...items];
    for (let index = pool.length - 1; index > 0; index -= 1) {
      const other = Math.floor(this.next() * (index + 1));
      [pool[index], pool[other]] = [pool[other]!, pool[index]!];
    }
    return pool.slice(0, count);
  }

  /** `bytes` random bytes as lowercase hex, drawn from the seed. */
  hex(bytes: number): string {
    let out = "";
    for (let index = 0; index < bytes; index += 4) {
      const word = Math.floor(this.next() * 4_294_967_296).toString(16).padStart(8, "0");
      out += word.slice(0, Math.min(8, (bytes - index) * 2));
    }
    return out;
  }

  /** A version-4-shaped UUID drawn from the seed (so reruns produce the same ids). */
  uuid(): string {
    const hex = this.hex(16).split("");
    hex[12] = "4";
    hex[16] = (8 + (parseInt(hex[16]!, 16) & 3)).toString(16);
    const text = hex.join("");
    return `${text.slice(0, 8)}-${text.slice(8, 12)}-${text.slice(12, 16)}-${text.slice(16, 20)}-${text.slice(20)}`;
  }
}
