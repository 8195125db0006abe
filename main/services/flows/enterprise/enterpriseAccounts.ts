import type { EnterpriseInfo } from '../../../../common/contract/services/enterpriseFlows';
import type { PersonHolder } from '../../../../common/contract/services/personFlows';
import { maskName, maskUscc } from '../../../../common/domain/mask';
import { parseUscc } from '../../../../common/domain/uscc';
import { KioskError } from '../../../../common/errors';
import type { AccountLookup, AccountSummary } from '../../../../common/identityApi/accounts';
import type { IdentityClient } from '../../identity';
import { invalidField, stepRefusing } from '../core/flowErrors';

/** A legal representative or agent is an adult: the card must carry its validity period. */
export const adultCard = { validity: 'required' } as const;

/** A USCC as typed: check character and form; refused at `field`. */
export function checkUscc(raw: string, field: string): string {
  const parsed = parseUscc(raw);
  if (!parsed.ok) throw invalidField(parsed.code, field);
  return parsed.value;
}

/** The enterprise as the citizen entered it: USCC checked, name present. */
export function checkEnterprise(info: EnterpriseInfo, prefix = 'enterprise'): EnterpriseInfo {
  const uscc = checkUscc(info.uscc, `${prefix}.uscc`);
  const name = info.enterpriseName.trim();
  if (name.length < 2) throw invalidField('ENTERPRISE_NAME_REQUIRED', `${prefix}.enterpriseName`);
  return { legalEntityType: info.legalEntityType, enterpriseName: name, uscc };
}

/**
 * The enterprise account the lookup finds (the legal representative's name must match): unknown
 * accounts and name mismatches are refusals at `refusalField` (the server's field when undefined),
 * a person account is not found at `field`.
 */
export async function findEnterpriseAccount(
  client: Pick<IdentityClient, 'lookupAccount'>,
  lookup: AccountLookup,
  refusalField: string | undefined,
  field: string,
): Promise<AccountSummary> {
  const summary = await stepRefusing(() => client.lookupAccount(lookup), ['ACCOUNT_NOT_FOUND', 'NAME_MISMATCH'], refusalField);
  if (summary.kind !== 'enterprise') throw new KioskError('ACCOUNT_NOT_FOUND', 'not an enterprise account', field);
  return summary;
}

/** An enterprise account an earlier step found for the citizen (activation, password reset). */
export interface FoundEnterprise {
  /** Null when it was found by account name. */
  uscc: string | null;
  holder: PersonHolder;
  maskedEnterpriseName: string;
  maskedPhone: string;
}

/** The masked enterprise and legal representative on the receipt of a found account. */
export function foundEnterpriseReceipt(found: FoundEnterprise) {
  return {
    maskedEnterpriseName: found.maskedEnterpriseName,
    maskedUscc: found.uscc ? maskUscc(found.uscc) : '',
    maskedName: maskName(found.holder.name),
    maskedPhone: found.maskedPhone,
  };
}
