import { decodePhotoWithVendorProgram, type PhotoDecoderConfig } from '../idcard/photoDecoderHook';
import type { CardPhotoSource } from './cardPhotoMatch';

export interface CardPhotoDecoding {
  /** The simulated reader's stand-in decoder, when the read came from it. */
  simulated?: (wlt: Uint8Array) => Buffer | null;
  /** The hall's vendor decoder program (hall config `face.cardPhotoMatch.decoder`). */
  vendor?: PhotoDecoderConfig;
}

/**
 * The card photo of one read behind the decoder hook: the kiosk never decodes WLT itself. A read
 * from the simulator goes to the simulator's stand-in; a real reader's to the vendor's licensed
 * program when the hall configured one. Anything else, or a failure, is "not available".
 */
export function cardPhotoSource(wlt: Buffer | null, decoding: CardPhotoDecoding): CardPhotoSource {
  return async () => {
    if (!wlt) return { unavailable: 'the card read is no longer kept' };
    try {
      if (decoding.simulated) {
        const image = decoding.simulated(wlt);
        return image ? { image } : { unavailable: 'the simulated card has no plain photo' };
      }
      if (!decoding.vendor) return { unavailable: 'no licensed photo decoder configured' };
      return { image: await decodePhotoWithVendorProgram(wlt, decoding.vendor) };
    } catch (error) {
      return { unavailable: error instanceof Error ? error.message.slice(0, 180) : 'photo decoder failed' };
    } finally {
      wlt.fill(0);
    }
  };
}
