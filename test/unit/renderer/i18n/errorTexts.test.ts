import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locale } from '../../../../common/contract/services/system';
import { allUiErrorCodes } from '../../../../common/errorCodes';
import { flowGroups } from '../../../../renderer/flows/shared/flowGroups';
import { endingRefusals, type FlowGroup } from '../../../../renderer/flows/shared/outcome';
import { i18n, loadLocale } from '../../../../renderer/i18n';

const locales: Locale[] = ['zh-CN', 'en', 'ug', 'bo'];
const groups: FlowGroup[] = ['person', 'enterprise'];
const refused = (code: string) => ({ kind: 'refused', code }) as const;

// Each language's texts load when it is chosen; these tests read all four.
beforeAll(() => Promise.all(locales.map(loadLocale)));

afterAll(() => {
  i18n.global.locale.value = 'zh-CN';
});

describe.each(locales)('error texts in %s', (locale) => {
  it('has `errors.<code>` for every code main can send the UI, and the generic text', () => {
    // Strictly in this locale: a text found only through the zh-CN fallback counts as missing.
    const keys = [...allUiErrorCodes, 'unknown'].map((code) => `errors.${code}`);
    expect(keys.filter((key) => !i18n.global.te(key, locale))).toEqual([]);
  });

  it.each(groups)('gives every code its own message in the %s flows', (group) => {
    i18n.global.locale.value = locale;
    const generic = flowGroups[group].message('unknown');
    expect(allUiErrorCodes.filter((code) => flowGroups[group].message(code) === generic)).toEqual([]);
  });

  it.each(groups)('explains every refusal that ends a %s flow in its own words', (group) => {
    i18n.global.locale.value = locale;
    const { explain } = flowGroups[group];
    const generic = explain(refused('unknown'));
    expect([...endingRefusals[group]].filter((code) => explain(refused(code)).body === generic.body)).toEqual([]);
    expect(Object.values(explain({ kind: 'unavailable' })).every((text) => text.length > 0)).toBe(true);
  });
});

describe('codes that end a flow', () => {
  it.each(groups)('are codes of the registry (%s)', (group) => {
    expect([...endingRefusals[group]].filter((code) => !allUiErrorCodes.includes(code))).toEqual([]);
  });
});
