import type { PersonHolder } from '../../../../common/contract/services/personFlows';
import { KioskError } from '../../../../common/errors';
import type { AccountSummary } from '../../../../common/identityApi/accounts';
import type { IdentityClient } from '../../identity';
import { step } from '../core/flowErrors';

/** The person account of the holder (name and ID number must both match); a non-person account is not found. */
export async function findPersonAccount(client: Pick<IdentityClient, 'lookupAccount'>, holder: PersonHolder): Promise<AccountSummary> {
  const summary = await step(() => client.lookupAccount({ by: 'id_number', value: holder.idNumber, idType: holder.idType, name: holder.name }));
  if (summary.kind !== 'person') throw new KioskError('ACCOUNT_NOT_FOUND', 'not a person account', 'holder.idNumber');
  return summary;
}
