import { describe, expect, it } from 'vitest';
import { i18n } from '../../../../renderer/i18n';
import zhCN from '../../../../renderer/i18n/locales/zh-CN';
import type { MessageKey } from '../../../../renderer/i18n/messageKey';
import { textOf } from '../../../../renderer/i18n/useText';

/** Stands for a step union such as the registration flow's steps. */
type RegistrationStep = keyof typeof zhCN.person.register.steps;

describe('typed texts', () => {
  const text = textOf(i18n.global);

  it('translate keys of the zh-CN messages, placeholders filled in', () => {
    expect(text.t('home.welcome')).toBe(zhCN.home.welcome);
    expect(text.t('wizard.progress', { current: 2, total: 5 })).toBe('第 2 步，共 5 步');
  });

  it('take a key built from a union of known parts', () => {
    const step: RegistrationStep = 'phone';
    expect(text.t(`person.register.steps.${step}`)).toBe(zhCN.person.register.steps.phone);
  });

  it('do not compile with a key that is not there (vue-tsc checks the directives below)', () => {
    // @ts-expect-error a misspelt key
    const misspelt: MessageKey = 'home.welcom';
    const code: string = 'PHONE_INVALID';
    // @ts-expect-error a key built from any string must name its fallback through tDynamic
    const unchecked = () => text.t(`errors.${code}`);
    expect([misspelt, typeof unchecked]).toEqual(['home.welcom', 'function']);
  });

  it('show a key built at run time, or the fallback when it has no text', () => {
    expect(text.tDynamic('errors.PHONE_INVALID', 'errors.unknown')).toBe(zhCN.errors.PHONE_INVALID);
    expect(text.tDynamic('errors.NOT_A_CODE', 'errors.unknown')).toBe(zhCN.errors.unknown);
    expect(text.te('errors.NOT_A_CODE')).toBe(false);
  });
});
