import { accountNameErrorCode, evaluateAccountName } from '../../../../common/domain/accountNamePolicy';
import { evaluatePassword, passwordErrorCode } from '../../../../common/domain/passwordPolicy';
import { parseMobilePhone } from '../../../../common/domain/phone';
import type { ProvinceProfile } from '../../../../common/profiles/provinceProfile';
import { invalidField } from './flowErrors';

/** A new password by the province's rules; refused at `field` with the rule's code. */
export function checkPassword(profile: ProvinceProfile, password: string, field: string): void {
  const code = passwordErrorCode(evaluatePassword(password, profile.password));
  if (code) throw invalidField(code, field);
}

/**
 * The account name the citizen chose, where the province lets them choose one (undefined where the
 * server assigns it): required, and by the province's rules.
 */
export function checkAccountName(profile: ProvinceProfile, name: string | undefined): string | undefined {
  if (profile.accountName.kind !== 'chosen') return undefined;
  const value = name ?? '';
  const code = value === '' ? 'ACCOUNT_NAME_REQUIRED' : accountNameErrorCode(evaluateAccountName(value, profile.accountName));
  if (code) throw invalidField(code, 'accountName');
  return value;
}

/** A mobile phone typed by the citizen, normalised; refused at `field` with the rule's code. */
export function checkPhone(raw: string, field = 'phone'): string {
  const parsed = parseMobilePhone(raw);
  if (!parsed.ok) throw invalidField(parsed.code, field);
  return parsed.value;
}
