import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { CallContext } from '../../../../../common/contract/define';
import type { CardRead } from '../../../../../common/contract/services/reader';
import type { FaceCaptureInput, FaceChallengesIssued } from '../../../../../common/contract/services/personFlows';

export const ctx: CallContext = { transport: 'local' };

/**
 * A live capture as FaceCapture measures one: a 480x640 portrait and two movements within main's
 * bounds. The reference API matches it to whoever it is sent for.
 */
export const capture: FaceCaptureInput = {
  jpegBase64: readFileSync(fileURLToPath(new URL('../../../../fixtures/face/portrait.jpg', import.meta.url))).toString('base64'),
  liveness: {
    attempts: 1,
    challenges: [
      { kind: 'turnLeft', attempt: 1, passed: true, durationMs: 1800, peak: 0.31 },
      { kind: 'turnRight', attempt: 1, passed: true, durationMs: 2100, peak: 0.28 },
    ],
    frames: { processed: 150, withOneFace: 144 },
    totalMs: 5200,
    detectionScore: 0.9,
  },
};

/** The capture a page returns after performing `kinds` in order for the `nonce` main issued. */
export function captureAnswering(nonce: string | undefined, kinds: FaceCaptureInput['liveness']['challenges'][number]['kind'][]): FaceCaptureInput {
  const peak = { turnLeft: 0.3, turnRight: 0.3, nod: 0.1, blink: 0.2, openMouth: 0.5 };
  return {
    ...capture,
    ...(nonce ? { challengeNonce: nonce } : {}),
    liveness: { ...capture.liveness, challenges: kinds.map((kind) => ({ kind, attempt: 1, passed: true, durationMs: 1500, peak: peak[kind] })) },
  };
}

/** What issues face challenges: the person handlers (`person.issueFaceChallenges`). */
export interface ChallengeIssuing {
  issueFaceChallenges(args: undefined, context: CallContext): FaceChallengesIssued | Promise<FaceChallengesIssued>;
}

/** As the face step does: main issues the order, the capture performs it and answers with the nonce. */
export async function liveCapture(issuer: ChallengeIssuing): Promise<FaceCaptureInput> {
  const issued = await issuer.issueFaceChallenges(undefined, ctx);
  return captureAnswering(issued.nonce, issued.challenges);
}

/** The printed fields of a resident ID card; no dates for an under-16 card. */
export interface ResidentCard {
  name: string;
  idNumber: string;
  validFrom: string | null;
  validUntil: string | null;
  longTerm: boolean;
}

/** What the reader loop reports for a resident card laid on the reader (fields only, as main sees them). */
export function residentCardRead(card: ResidentCard, readId: string): CardRead {
  return {
    readId,
    readAt: new Date().toISOString(),
    card: {
      kind: 'resident',
      idNumber: card.idNumber,
      idNumberCheck: 'valid',
      sex: 'male',
      sexCode: '1',
      birthDate: null,
      validFrom: card.validFrom,
      validUntil: card.validUntil,
      validLongTerm: card.longTerm,
      warnings: [],
      name: card.name,
      nationCode: '01',
      nation: '汉',
      address: 'x',
      appendedAddresses: [],
      issuingAuthority: 'x',
    },
  };
}

/** The printed fields of a non-resident card: a foreign permanent resident's (2017 or 2023 layout) or a HK/Macau/Taiwan residence permit. */
export interface NonResidentCard {
  kind: 'foreign-permanent-2017' | 'foreign-permanent-2023' | 'hk-macau-taiwan';
  /** The Chinese name (foreigner cards: may be blank) or the permit holder's name. */
  name: string;
  /** Foreigner cards: the English name as the chip holds it. */
  englishName?: string;
  idNumber: string;
  validFrom: string;
  validUntil: string;
}

/** What the reader loop reports for a non-resident card laid on the reader. */
export function nonResidentCardRead(card: NonResidentCard, readId: string): CardRead {
  const common = {
    idNumber: card.idNumber,
    idNumberCheck: card.kind === 'foreign-permanent-2017' ? ('not-applicable' as const) : ('valid' as const),
    sex: 'female' as const,
    sexCode: '2',
    birthDate: null,
    validFrom: card.validFrom,
    validUntil: card.validUntil,
    validLongTerm: false,
    warnings: [],
  };
  const readAt = new Date().toISOString();
  switch (card.kind) {
    case 'foreign-permanent-2017':
      return {
        readId,
        readAt,
        card: {
          kind: card.kind,
          ...common,
          englishName: card.englishName ?? '',
          chineseName: card.name,
          nationality: 'DEU',
          cardVersion: '01',
          acceptingOfficeCode: '2200',
        },
      };
    case 'foreign-permanent-2023':
      return {
        readId,
        readAt,
        card: {
          kind: card.kind,
          ...common,
          chineseName: card.name,
          englishName: card.englishName ?? '',
          nationality: 'DEU',
          renewalCount: '00',
          previousCardLink: '',
        },
      };
    case 'hk-macau-taiwan':
      return {
        readId,
        readAt,
        card: { kind: card.kind, ...common, name: card.name, address: 'x', issuingAuthority: 'x', permitNumber: 'H60123456', issueCount: '01', region: 'HK' },
      };
  }
}

/** The error code a flow call was refused with, or 'no error' when it went through. */
export async function codeOf(call: unknown): Promise<string> {
  try {
    await call;
  } catch (error) {
    return (error as { code: string }).code;
  }
  return 'no error';
}
