import { idNumberCheckChar } from '../../../common/domain/idNumber';
import type { IdNumberCheck } from './cardTypes';

/**
 * The chip's number checked with the shared GB 11643 rule (also used by 2023 foreigner and
 * 81/82/83 residence-permit numbers). Flagged, never rejected: the SAM already authenticated the card.
 */
export function mod11_2CheckChar(first17: string): string | null {
  return /^\d{17}$/.test(first17) ? idNumberCheckChar(first17) : null;
}

/** 'not-applicable' for anything that is not 18 characters shaped like a citizen number. */
export function checkIdNumber(idNumber: string): IdNumberCheck {
  if (!/^\d{17}[\dXx]$/.test(idNumber)) return 'not-applicable';
  return mod11_2CheckChar(idNumber.slice(0, 17)) === idNumber[17]?.toUpperCase() ? 'valid' : 'invalid';
}
