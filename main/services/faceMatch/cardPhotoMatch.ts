import { defaultCardPhotoMatch } from '../../../common/config/defaultHallConfig';
import type { CardPhotoMatchResult } from '../../../common/identityApi/face';
import { FACE_EMBEDDING_MODEL, type FaceEmbedder } from './faceEmbedder';
import { decodeRgbImage } from './rgbImage';

/** Hall config `face.cardPhotoMatch` over the defaults: where a similarity counts as the same person, or clearly not. */
export interface CardPhotoMatchPolicy {
  enabled: boolean;
  /** Cosine similarity at or above which card photo and live face are taken as the same person. */
  matchThreshold: number;
  /** Below this the faces are clearly different people: the flow stops before anything is sent. */
  mismatchThreshold: number;
}

/** The hall config's defaults, measured on the model in `FACE_EMBEDDING_MODEL`. */
export const defaultCardPhotoMatchPolicy: CardPhotoMatchPolicy = defaultCardPhotoMatch;

/** The card's photo as an image (JPEG or BMP), or why there is none: a decoder that is not configured or failed. */
export type CardPhotoSource = () => Promise<{ image: Uint8Array } | { unavailable: string }>;

export interface CardPhotoMatcher {
  compare(cardPhoto: CardPhotoSource, liveJpeg: Uint8Array): Promise<CardPhotoMatchResult>;
  warmUp(): Promise<void>;
}

function cosine(a: Float32Array, b: Float32Array): number {
  let dot = 0;
  for (let i = 0; i < a.length; i++) dot += (a[i] ?? 0) * (b[i] ?? 0);
  return Math.max(-1, Math.min(1, dot));
}

/**
 * The 1:1 comparison of the card's photo with the live capture, on the kiosk: each is decoded, its
 * face embedded, and the cosine similarity judged against the hall's two thresholds. Anything that
 * keeps a comparison from being made (no decoder, no face found) is "not available", never a guess.
 */
export function createCardPhotoMatcher(embedder: FaceEmbedder, policy: CardPhotoMatchPolicy): CardPhotoMatcher {
  const judged = { threshold: policy.mismatchThreshold, matchThreshold: policy.matchThreshold, model: FACE_EMBEDDING_MODEL };
  const unavailable = (reason: string): CardPhotoMatchResult => ({ status: 'not-available', score: null, ...judged, reason });
  return {
    async compare(cardPhoto, liveJpeg) {
      if (!policy.enabled) return unavailable('switched off');
      const photo = await cardPhoto();
      if ('unavailable' in photo) return unavailable(photo.unavailable);
      const card = decodeRgbImage(photo.image);
      if (!card) return unavailable('card photo is not a JPEG or 24-bit BMP');
      const live = decodeRgbImage(liveJpeg);
      if (!live) return unavailable('live capture is not a JPEG');
      const cardFace = await embedder.embed(card);
      if (!cardFace) return unavailable('no face found in the card photo');
      const liveFace = await embedder.embed(live);
      if (!liveFace) return unavailable('no face found in the live capture');
      const score = Math.round(cosine(cardFace.vector, liveFace.vector) * 1000) / 1000;
      const status = score >= policy.matchThreshold ? 'match' : score < policy.mismatchThreshold ? 'mismatch' : 'uncertain';
      return { status, score, ...judged };
    },
    warmUp: () => (policy.enabled ? embedder.warmUp() : Promise.resolve()),
  };
}

/** The hall's thresholds over the defaults (hall config `face.cardPhotoMatch`). */
export function cardPhotoMatchPolicy(hall: Partial<CardPhotoMatchPolicy> = {}): CardPhotoMatchPolicy {
  return {
    enabled: hall.enabled ?? defaultCardPhotoMatchPolicy.enabled,
    matchThreshold: hall.matchThreshold ?? defaultCardPhotoMatchPolicy.matchThreshold,
    mismatchThreshold: hall.mismatchThreshold ?? defaultCardPhotoMatchPolicy.mismatchThreshold,
  };
}
