/**
 * Build-time conversion of the handwriting model into the compact resource the handwriting pad's
 * worker loads when the pad first opens (resources/ime/handwriting-zh_CN.bin; the layout is in
 * renderer/ime/handwriting/handwritingModel.ts).
 *
 * Source: the Tegaki simplified-Chinese model for Zinnia, Debian package
 * tegaki-zinnia-simplified-chinese (LGPL 2.1 or later): 6763 characters (GB 2312), each a sparse
 * weight vector over Zinnia's stroke features. The conversion renumbers the features densely so a
 * weight takes six bytes instead of eight and the recogniser reads typed arrays without parsing.
 *
 * Usage: npx tsx scripts/buildHandwritingModel.ts   (ZINNIA_MODEL=<file> for another copy)
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { HANDWRITING_MAGIC, HANDWRITING_VERSION } from '../renderer/ime/handwriting/handwritingModel';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const ZINNIA_MODEL = process.env.ZINNIA_MODEL ?? '/usr/share/tegaki/models/zinnia/handwriting-zh_CN.model';
export const HANDWRITING_RESOURCE = join(root, 'resources/ime/handwriting-zh_CN.bin');

/** Zinnia's binary model: u32 magic, u32 version, u32 count; per character 16 bytes of UTF-8, f32 bias, (i32, f32) pairs up to index -1. */
export function convertZinniaModel(model: Uint8Array): Uint8Array {
  const view = new DataView(model.buffer, model.byteOffset, model.byteLength);
  const count = view.getUint32(8, true);
  const characters: { codePoint: number; bias: number; numbers: number[]; values: number[] }[] = [];
  let at = 12;
  for (let i = 0; i < count; i++) {
    const name = model.subarray(at, at + 16);
    const end = name.indexOf(0);
    const text = new TextDecoder().decode(end < 0 ? name : name.subarray(0, end));
    at += 16;
    const bias = view.getFloat32(at, true);
    at += 4;
    const numbers: number[] = [];
    const values: number[] = [];
    for (let number = view.getInt32(at, true); number !== -1; number = view.getInt32(at, true)) {
      numbers.push(number);
      values.push(view.getFloat32(at + 4, true));
      at += 8;
    }
    at += 8;
    characters.push({ codePoint: text.codePointAt(0) as number, bias, numbers, values });
  }
  const featureNumbers = [...new Set(characters.flatMap((c) => c.numbers))].sort((a, b) => a - b);
  if (featureNumbers.length > 0xffff) throw new Error(`too many features for 16-bit dimensions: ${featureNumbers.length}`);
  const dimensionOf = new Map(featureNumbers.map((n, i) => [n, i]));
  const total = characters.reduce((sum, c) => sum + c.numbers.length, 0);
  const words = (n: number, bytes: number) => Math.ceil((n * bytes) / 4) * 4;
  const size = 20 + words(featureNumbers.length, 4) + 3 * words(count, 4) + words(count + 1, 4) + words(total, 2) + words(total, 4);
  const out = new ArrayBuffer(size);
  const header = new DataView(out);
  new Uint8Array(out, 0, 4).set(new TextEncoder().encode(HANDWRITING_MAGIC));
  [HANDWRITING_VERSION, count, featureNumbers.length, total].forEach((v, i) => header.setUint32(4 + i * 4, v, true));
  let offset = 20;
  const put = <T extends { set(values: ArrayLike<number>): void }>(make: (o: number, n: number) => T, values: ArrayLike<number>, bytes: number) => {
    make(offset, values.length).set(values);
    offset += words(values.length, bytes);
  };
  put((o, n) => new Uint32Array(out, o, n), featureNumbers, 4);
  put(
    (o, n) => new Uint32Array(out, o, n),
    characters.map((c) => c.codePoint),
    4,
  );
  put(
    (o, n) => new Float32Array(out, o, n),
    characters.map((c) => c.bias),
    4,
  );
  const starts = [0];
  for (const c of characters) starts.push((starts.at(-1) as number) + c.numbers.length);
  put((o, n) => new Uint32Array(out, o, n), starts, 4);
  put(
    (o, n) => new Uint16Array(out, o, n),
    characters.flatMap((c) => c.numbers.map((n) => dimensionOf.get(n) as number)),
    2,
  );
  put(
    (o, n) => new Float32Array(out, o, n),
    characters.flatMap((c) => c.values),
    4,
  );
  return new Uint8Array(out);
}

function main(): void {
  if (!existsSync(ZINNIA_MODEL)) {
    console.error(`missing ${ZINNIA_MODEL}: apt-get install tegaki-zinnia-simplified-chinese`);
    process.exit(1);
  }
  const resource = convertZinniaModel(readFileSync(ZINNIA_MODEL));
  mkdirSync(dirname(HANDWRITING_RESOURCE), { recursive: true });
  writeFileSync(HANDWRITING_RESOURCE, resource);
  console.log(`handwriting model: ${HANDWRITING_RESOURCE} (${(resource.byteLength / 1024 / 1024).toFixed(1)} MiB)`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
