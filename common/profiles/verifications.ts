import type { VerificationSettings } from './provinceProfile';

export const verificationKinds = ['face', 'sms'] as const;
export type VerificationKind = (typeof verificationKinds)[number];

/** Which verifications a forgot-password reset asks at this kiosk. */
export interface RequiredVerifications {
  face: boolean;
  sms: boolean;
}

/**
 * A province's setting made concrete for one hall: `fixed` is always asked, `optional` only when
 * the hall configuration switches it on, `off` never (switching it on changes nothing). A reset
 * always needs some proof, so when nothing is left the face is asked.
 */
export function requiredVerifications(settings: VerificationSettings, switchedOn: readonly VerificationKind[]): RequiredVerifications {
  const asked = (kind: VerificationKind) => settings[kind] === 'fixed' || (settings[kind] === 'optional' && switchedOn.includes(kind));
  const face = asked('face');
  const sms = asked('sms');
  return { face: face || !sms, sms };
}
