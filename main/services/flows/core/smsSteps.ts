import type { KioskHandlers } from '../../../../common/contract/kioskApi';
import type { AccountLookup } from '../../../../common/identityApi/accounts';
import type { CreateSmsChallengeRequest, SmsPurpose } from '../../../../common/identityApi/sms';
import { KioskError } from '../../../../common/errors';
import { isIdentityApiError, type IdentityClient } from '../../identity';
import { checkPhone } from './credentialChecks';
import { invalidField, rejected, stepMissing, stepRefusing } from './flowErrors';
import type { FlowService, SessionProofs } from './sessionProofs';

type SmsTarget = CreateSmsChallengeRequest['target'];

/** The purposes a service's `sendSms` takes, from the contract. */
export type SmsPurposeOf<S extends FlowService> = Parameters<KioskHandlers[S]['sendSms']>[0]['purpose'];

/**
 * One SMS purpose a flow owns: the identity API's purpose, and where the code goes — the phone typed
 * in the call, or the reserved phone of the account an earlier step of this session found.
 */
export interface SmsPurposeSpec<S extends FlowService = FlowService> {
  readonly purpose: SmsPurposeOf<S>;
  readonly apiPurpose: SmsPurpose;
  readonly target: 'typedPhone' | ((proofs: SessionProofs) => AccountLookup);
  /** Identity-API refusals this purpose explains in its flow's own words: API code → the flow's code. */
  readonly renames?: Readonly<Record<string, string>>;
}

/** A purpose with the service whose flow declared it. */
export type ServiceSmsPurpose = SmsPurposeSpec & { readonly service: FlowService };

/** Identity-API refusals a service passes to the citizen as they are (the rest are mapped by toFlowError). */
export interface SmsRefusals {
  /** On sending, reported at `phone`. */
  readonly send: readonly string[];
  /** On verifying, reported at `code`. */
  readonly verify: readonly string[];
}

interface SmsStepsDeps {
  client: Pick<IdentityClient, 'createSmsChallenge' | 'verifySmsChallenge'>;
  proofs: SessionProofs;
  service: FlowService;
  purposes: readonly ServiceSmsPurpose[];
  refusals: SmsRefusals;
}

/** Where the code goes: the typed phone (checked) or the reserved phone of the account found earlier. */
function smsTarget(spec: SmsPurposeSpec, typed: string | undefined, proofs: SessionProofs): { phone: string | null; target: SmsTarget } {
  if (spec.target !== 'typedPhone') return { phone: null, target: { kind: 'account', account: spec.target(proofs) } };
  const phone = checkPhone(typed ?? '');
  return { phone, target: { kind: 'phone', phone } };
}

/** `sendSms` and `verifySms` of one service, for the purposes its flows declared. */
export function createSmsSteps(deps: SmsStepsDeps) {
  const { client, proofs, service } = deps;

  async function send(arg: { purpose: string; phone?: string }) {
    const spec = deps.purposes.find((p) => p.service === service && p.purpose === arg.purpose);
    if (!spec) throw invalidField('SMS_PURPOSE_UNKNOWN', 'purpose');
    const { phone, target } = smsTarget(spec, arg.phone, proofs);
    // "Wait before asking again" is an answer for the citizen, not an outage.
    const challenge = await stepRefusing(
      () => client.createSmsChallenge({ purpose: spec.apiPurpose, target }),
      ['SMS_RESEND_TOO_SOON', ...deps.refusals.send],
      'phone',
    ).catch((error: unknown) => {
      const own = error instanceof KioskError ? spec.renames?.[error.code] : undefined;
      throw own ? new KioskError(own, `refused: ${own}`, 'phone') : error;
    });
    proofs.smsSent(challenge.challengeId, { service, purpose: spec.purpose, phone });
    return { challengeId: challenge.challengeId, maskedPhone: challenge.maskedPhone, resendAfterSeconds: challenge.resendAfterSeconds };
  }

  async function verify({ challengeId, code }: { challengeId: string; code: string }) {
    if (!proofs.sentSms(challengeId, service)) throw stepMissing('unknown challenge', 'challengeId');
    try {
      await client.verifySmsChallenge(challengeId, code);
      proofs.smsVerified(challengeId);
      return { verified: true, attemptsLeft: null };
    } catch (error) {
      if (isIdentityApiError(error) && error.code === 'SMS_CODE_WRONG') return { verified: false, attemptsLeft: error.details.attemptsLeft ?? null };
      return rejected(error, deps.refusals.verify, 'code');
    }
  }

  return { send, verify };
}
