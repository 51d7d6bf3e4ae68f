/** A seeded source of randomness (splitmix32): the same seed plays the same fair. */
export interface Rng {
  (): number;
  int(from: number, to: number): number;
  pick<T>(items: readonly T[]): T;
  weighted(weights: readonly number[]): number;
}

export function rng(seed: number): Rng {
  let state = seed | 0;
  const next = (() => {
    state = (state + 0x9e3779b9) | 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 16), 0x21f0aaad);
    z = Math.imul(z ^ (z >>> 15), 0x735a2d97);
    return ((z ^ (z >>> 15)) >>> 0) / 4_294_967_296;
  }) as Rng;
  next.int = (from, to) => from + Math.floor(next() * (to - from + 1));
  next.pick = (items) => items[Math.floor(next() * items.length)]!;
  next.weighted = (weights) => {
    const total = weights.reduce((a, w) => a + w, 0);
    let left = next() * total;
    for (let i = 0; i < weights.length; i++) if ((left -= weights[i]!) < 0) return i;
    return weights.length - 1;
  };
  return next;
}
