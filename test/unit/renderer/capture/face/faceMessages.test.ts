import { describe, expect, it } from 'vitest';
import { faceMessages } from '../../../../../renderer/capture/face/faceMessages';
import type { InstructionCode } from '../../../../../renderer/capture/face/guidance';

type Tree = { [key: string]: string | Tree };
const paths = (t: Tree, prefix = ''): string[] =>
  Object.entries(t).flatMap(([k, v]) => (typeof v === 'string' ? [`${prefix}${k}`] : paths(v, `${prefix}${k}.`)));
const lookup = (t: Tree, path: string): unknown => path.split('.').reduce<unknown>((node, k) => (node as Tree | undefined)?.[k], t);
const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

const INSTRUCTIONS: InstructionCode[] = [
  'face.noFace',
  'face.oneFaceOnly',
  'face.tooFar',
  'face.tooClose',
  'face.centre',
  'face.headStraight',
  'face.lookStraight',
  'face.tooDark',
  'face.tooBright',
  'face.backlit',
  'face.lowContrast',
  'face.holdStill',
  'face.turnLeft',
  'face.turnRight',
  'face.nod',
  'face.blink',
  'face.openMouth',
  'face.retry',
  'face.capturing',
  'face.done',
  'face.failed',
];

describe('faceMessages', () => {
  const source = faceMessages['zh-CN'] as unknown as Tree;
  const keys = paths(source);

  it('are nested (vue-i18n reads dots as paths) and cover every instruction code', () => {
    expect(keys.every((k) => k.startsWith('face.'))).toBe(true);
    for (const code of INSTRUCTIONS) expect(typeof lookup(source, code), code).toBe('string');
    expect(Object.keys(faceMessages).sort()).toEqual(['bo', 'en', 'ug', 'zh-CN']);
  });

  it.each(['en', 'ug', 'bo'] as const)('%s has the same keys and placeholders as zh-CN, none empty', (locale) => {
    const table = faceMessages[locale] as unknown as Tree;
    expect(paths(table)).toEqual(keys);
    for (const key of keys) {
      const text = lookup(table, key) as string;
      expect(text.trim(), key).not.toBe('');
      expect(placeholders(text), key).toEqual(placeholders(lookup(source, key) as string));
      // vue-i18n's message syntax: a stray @ or | would be parsed as a link or plural.
      expect(text, key).not.toMatch(/[@|]/);
    }
  });
});
