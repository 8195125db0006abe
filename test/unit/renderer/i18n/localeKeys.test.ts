import { describe, expect, it } from 'vitest';
import bo from '../../../../renderer/i18n/locales/bo';
import en from '../../../../renderer/i18n/locales/en';
import ug from '../../../../renderer/i18n/locales/ug';
import zhCN from '../../../../renderer/i18n/locales/zh-CN';
import { textsByKey } from './textPaths';

const source = new Map(textsByKey(zhCN));
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);

describe.each([
  ['en', en],
  ['ug', ug],
  ['bo', bo],
])('the %s texts', (_, messages) => {
  const texts = new Map(textsByKey(messages));

  it('have exactly the keys of zh-CN', () => {
    expect([...texts.keys()].sort()).toEqual([...source.keys()].sort());
  });

  // A translation may leave a placeholder out (English says "agent" where zh-CN names the province's title), never add one.
  it('use only placeholders that zh-CN fills in', () => {
    const unfilled = [...texts].filter(([key, text]) => placeholders(text).some((name) => !placeholders(source.get(key) ?? '').includes(name)));
    expect(unfilled.map(([key]) => key)).toEqual([]);
  });
});
