import { KioskError } from '../../../../common/errors';
import type { PersonHolder } from '../../../../common/contract/services/personFlows';
import type { IdentityClient } from '../../identity';
import { step } from './flowErrors';
import { plainHolder } from './identityChecks';

/** The public-security check that the name belongs to the ID number; refused at `field`. */
export async function requireRealName(client: Pick<IdentityClient, 'checkRealName'>, holder: PersonHolder, field: string): Promise<void> {
  const real = await step(() => client.checkRealName(plainHolder(holder)));
  if (!real.match) throw new KioskError('REAL_NAME_MISMATCH', 'name and ID number do not match', field);
}
