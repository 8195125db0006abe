import type { CallContext } from '../../../../../common/contract/define';
import type { CardRead } from '../../../../../common/contract/services/reader';
import type { FaceCaptureInput } from '../../../../../common/contract/services/personFlows';
import { JPEG_CAPTURE } from '../../../identity-api/harness';

export const ctx: CallContext = { transport: 'local' };

/** A live capture whose challenges passed: the reference API matches it to whoever it is sent for. */
export const capture: FaceCaptureInput = { jpegBase64: JPEG_CAPTURE.data, liveness: { passed: true, moves: ['turnLeft', 'turnRight'], detectionScore: 0.9 } };

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
