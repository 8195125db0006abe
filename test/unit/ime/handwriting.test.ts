import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { HandwritingModel } from '../../../renderer/ime/handwriting/handwritingModel';
import type { Stroke } from '../../../renderer/ime/handwriting/strokeFeatures';
import { ZINNIA_MODEL, convertZinniaModel } from '../../../scripts/buildHandwritingModel';

const strokes = JSON.parse(readFileSync(path.join(import.meta.dirname, '../../fixtures/ime/handwritingStrokes.json'), 'utf8')) as {
  width: number;
  height: number;
  characters: Record<string, Stroke[]>;
};

let model: HandwritingModel | undefined;
function converted(): HandwritingModel {
  if (!model) {
    const bytes = convertZinniaModel(readFileSync(ZINNIA_MODEL));
    model = HandwritingModel.parse(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  }
  return model;
}

/** Debian's zinnia command with the original model: the reference the converted model must agree with. */
function zinniaSays(written: Stroke[]): { text: string; score: number }[] {
  const sexp = `(character (width ${strokes.width})(height ${strokes.height})(strokes ${written.map((s) => `(${s.map(([x, y]) => `(${x} ${y})`).join('')})`).join('')}))`;
  const out = execFileSync('zinnia', ['-n', '5', '-m', ZINNIA_MODEL], { input: `${sexp}\n`, encoding: 'utf8' });
  return out
    .split('\n')
    .slice(1)
    .filter(Boolean)
    .map((line) => {
      const [text, score] = line.split(' ');
      return { text: text as string, score: Number(score) };
    });
}

describe('handwriting recognition with the converted Tegaki model', () => {
  it('keeps every character of the model', () => {
    expect(converted().size).toBe(6763);
  });

  it.each(Object.keys(strokes.characters))('recognises %s as the zinnia command does, score for score', (character) => {
    const written = strokes.characters[character] as Stroke[];
    const ours = converted().recognise({ width: strokes.width, height: strokes.height, strokes: written }, 5);
    const reference = zinniaSays(written);
    expect(ours.map((c) => c.text)).toEqual(reference.map((c) => c.text));
    ours.forEach((c, i) => expect(c.score).toBeCloseTo((reference[i] as { score: number }).score, 4));
    expect(ours.slice(0, 2).map((c) => c.text)).toContain(character === '口' ? '口' : character);
  });

  it('reads positions relative to the pad, whatever its size', () => {
    const written = (strokes.characters['十'] as Stroke[]).map((s) => s.map(([x, y]) => [x * 2, y * 2] as const));
    expect(converted().recognise({ width: 600, height: 600, strokes: written }, 1)[0]?.text).toBe('十');
  });

  it('offers nothing for an empty pad', () => {
    expect(converted().recognise({ width: 300, height: 300, strokes: [] }, 5)).toEqual([]);
  });
});
