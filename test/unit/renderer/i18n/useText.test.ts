import { describe, expect, it } from 'vitest';
import registration from '../../../../renderer/flows/registration/strings';
import { i18n } from '../../../../renderer/i18n';
import { defineFlowStrings } from '../../../../renderer/i18n/defineFlowStrings';
import zhCN from '../../../../renderer/i18n/locales/zh-CN';
import type { MessageKey } from '../../../../renderer/i18n/messageKey';
import { textOf } from '../../../../renderer/i18n/useText';

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
