import { KioskError } from '../../../../common/errors';
import type { ProvinceProfile } from '../../../../common/profiles/provinceProfile';

/**
 * The agreement versions a registration records: the province's in force. When the renderer says
 * which versions the citizen read, they must be those (a screen left open across an update of the
 * texts is refused, and the citizen reads the new ones).
 */
export function acceptedAgreements(profile: ProvinceProfile, accepted: { registration: string; privacy: string } | undefined) {
  const inForce = profile.agreements.versions;
  if (accepted && (accepted.registration !== inForce.registration || accepted.privacy !== inForce.privacy)) {
    throw new KioskError('AGREEMENT_VERSION_OUTDATED', 'the citizen accepted texts that are no longer in force', 'agreementVersions');
  }
  return inForce;
}
