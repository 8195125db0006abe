import type { FaceCaptureInput, PersonHolder } from '../../../../common/contract/services/personFlows';
import { flowErrorCodes } from '../../../../common/errorCodes';
import { KioskError } from '../../../../common/errors';
import type { CardPhotoMatchResult, FaceVerificationRequest } from '../../../../common/identityApi/face';
import type { CardPhotoMatcher, CardPhotoSource } from '../../faceMatch/cardPhotoMatch';
import type { Logger } from '../../log/logger';
import type { CardMemory } from './cardMemory';

/** The card photo match as the flows use it: the live capture of `holder` against the photo of the card read for them. */
export interface CardPhotoCheck {
  /**
   * The local match result to send (or queue) with the face request; undefined on a kiosk without
   * the match. Throws `cardPhotoMismatch` on a clear mismatch, so nothing about this face is sent.
   */
  check(holder: PersonHolder, capture: FaceCaptureInput): Promise<CardPhotoMatchResult | undefined>;
}

export interface CardPhotoMatchDeps {
  matcher: CardPhotoMatcher;
  /** The chip photo of a read, decoded behind the reader's decoder hook. */
  photoOf(readId: string): CardPhotoSource;
}

const noCardRead: CardPhotoSource = () => Promise.resolve({ unavailable: 'no card read for this holder (typed in assisted mode)' });

export function createCardPhotoCheck(options: { cards: CardMemory; log: Logger; match?: CardPhotoMatchDeps }): CardPhotoCheck {
  const { cards, log, match } = options;
  return {
    async check(holder, capture) {
      if (!match) return undefined;
      const readId = cards.readIdOf(holder);
      const startedAt = Date.now();
      const result = await match.matcher.compare(readId ? match.photoOf(readId) : noCardRead, Buffer.from(capture.jpegBase64, 'base64'));
      log.info('card photo compared', {
        status: result.status,
        score: result.score,
        ms: Date.now() - startedAt,
        ...(result.reason ? { reason: result.reason } : {}),
      });
      if (result.status === 'mismatch') {
        throw new KioskError(flowErrorCodes.cardPhotoMismatch, 'The live face is clearly not the face on the card');
      }
      return result;
    },
  };
}

/** The face request with the local match result, when there is one. */
export function withCardPhotoMatch(request: FaceVerificationRequest, result: CardPhotoMatchResult | undefined): FaceVerificationRequest {
  return result ? { ...request, cardPhotoMatch: result } : request;
}
