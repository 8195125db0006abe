import { describe, expect, it } from 'vitest';
import { localeMessages } from '../../../../renderer/i18n/localeMessages';
import { textsByKey } from './textPaths';

const source = new Map(textsByKey(localeMessages['zh-CN']));
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);

// The merged messages: the central texts and every flow's strings.ts, as each language shows them.
describe.each([
  ['en', localeMessages.en],
  ['ug', localeMessages.ug],
  ['bo', localeMessages.bo],
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
