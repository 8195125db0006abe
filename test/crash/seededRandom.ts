import { randomInt } from 'node:crypto';

/** mulberry32: a small, fast PRNG; the same seed gives the same campaign (kill times, contents, chaos). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `CRASH_SEED` when set (to replay a failure), else a fresh one; printed either way. */
export function campaignSeed(label: string, env: Record<string, string | undefined> = process.env): number {
  const seed = env.CRASH_SEED ? Number(env.CRASH_SEED) >>> 0 : randomInt(0, 2 ** 32 - 1);
  console.log(`${label}: seed ${seed} (replay with CRASH_SEED=${seed})`);
  return seed;
}

export function bytesFrom(random: () => number, length: number): Buffer {
  const out = Buffer.alloc(length);
  for (let i = 0; i < length; i++) out[i] = Math.floor(random() * 256);
  return out;
}

/** A seed for one item, from the campaign's seed and the item's logical id. */
export function itemSeed(seed: number, logical: string): number {
  let h = seed >>> 0;
  for (let i = 0; i < logical.length; i++) h = Math.imul(h ^ logical.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}
