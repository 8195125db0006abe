import { describe, expect, it } from 'vitest';
import { accountNameErrorCode, evaluateAccountName } from '../../../../common/domain/accountNamePolicy';
import { evaluatePassword, passwordErrorCode } from '../../../../common/domain/passwordPolicy';
import { getProvinceProfile } from '../../../../common/profiles';

const jilin = getProvinceProfile('jilin');
const tibet = getProvinceProfile('tibet');

describe('password policy', () => {
  it('reports every rule for live display', () => {
    expect(evaluatePassword('abc', jilin.password)).toEqual({
      ok: false,
      rules: [
        { rule: 'length', passed: false },
        { rule: 'kinds', passed: false },
        { rule: 'allowed_characters', passed: true },
      ],
    });
  });

  it.each([
    ['abcd1234', true, undefined],
    ['abcdefgh', false, 'PASSWORD_KINDS'],
    ['ab1', false, 'PASSWORD_LENGTH'],
    ['abcd1234abcd12345', false, 'PASSWORD_LENGTH'],
    ['abcd 1234', false, 'PASSWORD_CHARACTERS'],
    ['密码abcd1234', false, 'PASSWORD_CHARACTERS'],
    ['!!!!1111', true, undefined],
  ])('Jilin: %s', (password, ok, code) => {
    const evaluation = evaluatePassword(password, jilin.password);
    expect(evaluation.ok).toBe(ok);
    expect(passwordErrorCode(evaluation)).toBe(code);
  });

  it('Tibet allows 6-15 characters', () => {
    expect(evaluatePassword('abc123', tibet.password).ok).toBe(true);
    expect(evaluatePassword('abc123', jilin.password).ok).toBe(false);
    expect(evaluatePassword('abcdefgh1234567', tibet.password).ok).toBe(true);
    expect(evaluatePassword('abcdefgh12345678', tibet.password).ok).toBe(false);
  });
});

describe('account name policy', () => {
  it.each([
    ['zhang_san1', undefined],
    ['1zhangsan', 'ACCOUNT_NAME_START'],
    ['zhang', 'ACCOUNT_NAME_LENGTH'],
    ['zhang-san', 'ACCOUNT_NAME_CHARACTERS'],
    ['z'.repeat(21), 'ACCOUNT_NAME_LENGTH'],
  ])('Jilin: %s', (name, code) => {
    expect(accountNameErrorCode(evaluateAccountName(name, jilin.accountName))).toBe(code);
  });

  it('Tibet has no account names, so nothing to check', () => {
    expect(evaluateAccountName('', tibet.accountName)).toEqual({ ok: true, rules: [] });
  });
});
