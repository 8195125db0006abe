import type { ProvinceProfile } from '../../../common/profiles';
import { evaluateAccountName } from '../../../common/domain/accountNamePolicy';
import { evaluatePassword } from '../../../common/domain/passwordPolicy';

/** What a password step holds; `accountName` only where the step asks for one. */
export interface CredentialsDraft {
  accountName?: string;
  password: string;
  confirm: string;
}

/** The account name (where the province lets citizens choose one) and the password meet the profile's rules, typed the same twice. */
export function credentialsReady(profile: ProvinceProfile, draft: CredentialsDraft): boolean {
  const nameOk = draft.accountName === undefined || evaluateAccountName(draft.accountName, profile.accountName).ok;
  return nameOk && evaluatePassword(draft.password, profile.password).ok && draft.password === draft.confirm;
}

/** The account name argument for main: sent only where citizens choose their own. */
export function chosenAccountName(profile: ProvinceProfile, accountName: string): { accountName?: string } {
  return profile.accountName.kind === 'chosen' ? { accountName } : {};
}
