import type { NamedValues } from './useText';

const LEFT_TO_RIGHT_ISOLATE = '\u2066';
const POP_DIRECTIONAL_ISOLATE = '\u2069';
/** Digits with the marks that mask or group them: a masked phone, ID or account number, a time. */
const NUMBER_LIKE = /^[\d*+\-:/.\s]*\d[\d*+\-:/.\s]*$/;

/**
 * In a right-to-left sentence the bidi algorithm treats the asterisks of "138****0000" as
 * right-to-left and draws the number back to front; an isolate keeps such a value in reading order.
 */
export function isolateNumbers(named: NamedValues): NamedValues {
  const out: NamedValues = {};
  for (const [key, value] of Object.entries(named)) {
    out[key] = typeof value === 'string' && NUMBER_LIKE.test(value) ? `${LEFT_TO_RIGHT_ISOLATE}${value}${POP_DIRECTIONAL_ISOLATE}` : value;
  }
  return out;
}
