import { computed } from 'vue';
import { describe, expect, it } from 'vitest';
import registration from '../../../../renderer/flows/registration/strings';
import { i18n, loadLocale } from '../../../../renderer/i18n';
import { defineFlowStrings } from '../../../../renderer/i18n/defineFlowStrings';
import zhCN from '../../../../renderer/i18n/locales/zh-CN';
import type { MessageKey } from '../../../../renderer/i18n/messageKey';
import { textOf } from '../../../../renderer/i18n/useText';
import { textsByKey } from './textPaths';

/** Stands for a step union such as the registration flow's steps. */
type RegistrationStep = keyof (typeof registration)['zh-CN']['person']['register']['steps'];

describe('typed texts', () => {
  const text = textOf(i18n.global);

  it('translate keys of the zh-CN messages, placeholders filled in', () => {
    expect(text.t('home.welcome')).toBe(zhCN.home.welcome);
    expect(text.t('wizard.progress', { current: 2, total: 5 })).toBe('第 2 步，共 5 步');
  });

  it('take a key built from a union of known parts', () => {
    const step: RegistrationStep = 'phone';
    expect(text.t(`person.register.steps.${step}`)).toBe(registration['zh-CN'].person.register.steps.phone);
  });

  it('do not compile with a key that is not there (vue-tsc checks the directives below)', () => {
    // @ts-expect-error a misspelt key
    const misspelt: MessageKey = 'home.welcom';
    const code: string = 'PHONE_INVALID';
    // @ts-expect-error a key built from any string must name its fallback through tDynamic
    const unchecked = () => text.t(`errors.${code}`);
    expect([misspelt, typeof unchecked]).toEqual(['home.welcom', 'function']);
  });

  it("know the flows' own keys from their strings.ts, and only those", () => {
    const flowKeys: MessageKey[] = ['person.home.register', 'enterprise.appeal.documents.business_licence', 'enterprise.steps.grant'];
    // @ts-expect-error a flow key that no strings.ts has
    const unknownFlowKey: MessageKey = 'person.register.stepz.phone';
    expect(flowKeys.map((key) => text.te(key))).toEqual([true, true, true]);
    expect(text.te(unknownFlowKey)).toBe(false);
  });

  it('show a key built at run time, or the fallback when it has no text', () => {
    expect(text.tDynamic('errors.PHONE_INVALID', 'errors.unknown')).toBe(zhCN.errors.PHONE_INVALID);
    expect(text.tDynamic('errors.NOT_A_CODE', 'errors.unknown')).toBe(zhCN.errors.unknown);
    expect(text.te('errors.NOT_A_CODE')).toBe(false);
  });
});

describe('plain texts, read straight from the shown language', () => {
  const text = textOf(i18n.global);

  it('are exactly what vue-i18n makes of every text without placeholders, in every language', async () => {
    await Promise.all((['en', 'ug', 'bo'] as const).map((locale) => loadLocale(locale)));
    const keys = textsByKey(zhCN)
      .filter(([, text]) => !/[{}@|]/.test(text))
      .map(([key]) => key);
    expect(keys.length).toBeGreaterThan(100);
    for (const locale of ['zh-CN', 'en', 'ug', 'bo'] as const) {
      i18n.global.locale.value = locale;
      const ours = keys.map((key) => text.t(key as MessageKey));
      expect(ours).toEqual(keys.map((key) => i18n.global.t(key)));
    }
    i18n.global.locale.value = 'zh-CN';
  });

  it('skip vue-i18n for a plain text, and only for one', () => {
    const calls: string[] = [];
    const messages = { value: { en: { home: { welcome: 'Welcome', count: '{n} left', linked: '@:home.welcome' } } } };
    const fake = textOf({ t: (key: string) => (calls.push(key), `vue-i18n:${key}`), te: () => true, locale: { value: 'en' }, messages });
    expect(fake.t('home.welcome')).toBe('Welcome');
    // A service tile passes the agent's title to every text, though most have no placeholder for it.
    expect(fake.t('home.welcome', { title: '办税人' })).toBe('Welcome');
    expect(calls).toEqual([]);
    expect(['home.count', 'home.linked', 'home.missing'].map((key) => fake.t(key as MessageKey))).toEqual([
      'vue-i18n:home.count',
      'vue-i18n:home.linked',
      'vue-i18n:home.missing',
    ]);
    expect(calls).toEqual(['home.count', 'home.linked', 'home.missing']);
  });

  it('follow a language switch in whatever was computed from them', async () => {
    await loadLocale('en');
    const welcome = computed(() => text.t('home.welcome'));
    expect(welcome.value).toBe(zhCN.home.welcome);
    i18n.global.locale.value = 'en';
    expect(welcome.value).not.toBe(zhCN.home.welcome);
    expect(welcome.value).toBe(i18n.global.t('home.welcome'));
    i18n.global.locale.value = 'zh-CN';
    expect(welcome.value).toBe(zhCN.home.welcome);
  });

  it('leave texts with placeholders, and keys the language lacks, to vue-i18n', async () => {
    await loadLocale('en');
    i18n.global.mergeLocaleMessage('zh-CN', { onlyInZh: { plain: '只有中文' } });
    i18n.global.locale.value = 'en';
    expect(text.t('onlyInZh.plain' as MessageKey)).toBe('只有中文');
    expect(text.t('wizard.progress', { current: 2, total: 5 })).toBe(i18n.global.t('wizard.progress', { current: 2, total: 5 }));
    expect(text.t('home.welcome', { title: '办税人' })).toBe(i18n.global.t('home.welcome', { title: '办税人' }));
    i18n.global.locale.value = 'zh-CN';
  });
});

describe("a flow's strings", () => {
  it('do not compile when a language lacks a text of zh-CN or has one zh-CN lacks (vue-tsc checks the directives below)', () => {
    const complete = defineFlowStrings({ 'zh-CN': { a: { b: '乙' } }, en: { a: { b: 'B' } }, ug: { a: { b: 'ب' } }, bo: { a: { b: 'བ' } } });
    // @ts-expect-error bo lacks `a.b`
    const missing = defineFlowStrings({ 'zh-CN': { a: { b: '乙' } }, en: { a: { b: 'B' } }, ug: { a: { b: 'ب' } }, bo: { a: {} } });
    // @ts-expect-error en has `a.c`, which zh-CN does not
    const stray = defineFlowStrings({ 'zh-CN': { a: { b: '乙' } }, en: { a: { b: 'B', c: 'C' } }, ug: { a: { b: 'ب' } }, bo: { a: { b: 'བ' } } });
    expect([complete.en.a, missing.bo.a, stray.en.a]).toEqual([{ b: 'B' }, {}, { b: 'B', c: 'C' }]);
  });
});
