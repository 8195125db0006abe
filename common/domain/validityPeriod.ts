import { addYears, compareCalendarDates, fullYearsBetween, previousDay, type CalendarDate } from './calendarDate';
import { fail, ok, type DomainResult } from './result';

/** 有效期限 of a resident ID card: years, or long-term (长期). */
export type ValidityTerm = 5 | 10 | 20 | 'long-term';
export type ValidityEnd = CalendarDate | 'long-term';

export const validityErrorCodes = {
  startRequired: 'VALIDITY_START_REQUIRED',
  endRequired: 'VALIDITY_END_REQUIRED',
  startBeforeBirth: 'VALIDITY_START_BEFORE_BIRTH',
  startInFuture: 'VALIDITY_START_IN_FUTURE',
  termMismatch: 'VALIDITY_TERM_MISMATCH',
  expired: 'VALIDITY_EXPIRED',
} as const;

/** Age under which no validity dates are asked for and no face verification is done (Jilin's user manual). */
export const MINOR_AGE = 16;

/** 居民身份证法 Article 5: the term follows from the age on the day of application. */
export function validityTermForAge(ageAtIssue: number): ValidityTerm {
  if (ageAtIssue < 16) return 5;
  if (ageAtIssue <= 25) return 10;
  if (ageAtIssue <= 45) return 20;
  return 'long-term';
}

export function validityEndFor(start: CalendarDate, term: ValidityTerm): ValidityEnd {
  return term === 'long-term' ? 'long-term' : addYears(start, term);
}

export function ageOn(birthDate: CalendarDate, day: CalendarDate): number {
  return fullYearsBetween(birthDate, day);
}

export function isMinor(birthDate: CalendarDate, today: CalendarDate): boolean {
  return ageOn(birthDate, today) < MINOR_AGE;
}

/** Under-16s give no validity dates (Jilin's user manual); everyone else must. */
export function validityDatesRequired(birthDate: CalendarDate, today: CalendarDate): boolean {
  return !isMinor(birthDate, today);
}

export interface ValidityInput {
  birthDate: CalendarDate;
  start?: CalendarDate;
  end?: ValidityEnd;
  today: CalendarDate;
}

function sameDay(a: CalendarDate, b: CalendarDate): boolean {
  return compareCalendarDates(a, b) === 0;
}

/** A validity period with nothing certainly wrong, and whether its term is the one the holder's age suggests. */
export interface CheckedValidity {
  /**
   * The printed term differs from the one the law gives for the age on the start date. A genuine
   * card can differ (the term follows the age on the day of application, which may be weeks before
   * the printed start), so this is only a hint for dates typed by hand.
   */
  termWarning: typeof validityErrorCodes.termMismatch | null;
}

/** Whether the printed end is the one the law gives for the age on the start date (the same day N years on, or the day before). */
export function validityTermMatchesAge(birthDate: CalendarDate, start: CalendarDate, end: ValidityEnd): boolean {
  const expected = validityEndFor(start, validityTermForAge(ageOn(birthDate, start)));
  if (expected === 'long-term' || end === 'long-term') return expected === end;
  return sameDay(end, expected) || sameDay(end, previousDay(expected));
}

/**
 * Checks a validity period against the holder's birth date and today, refusing only what is
 * certainly wrong: missing dates (under-16s may omit both), a start before birth or in the future,
 * an end already passed. The term is never refused: it comes back as a warning for typed entries.
 */
export function checkValidityPeriod(input: ValidityInput): DomainResult<CheckedValidity> {
  const { birthDate, start, end, today } = input;
  if (start === undefined && end === undefined && isMinor(birthDate, today)) return ok({ termWarning: null });
  if (start === undefined) return fail(validityErrorCodes.startRequired);
  if (end === undefined) return fail(validityErrorCodes.endRequired);
  if (compareCalendarDates(start, birthDate) < 0) return fail(validityErrorCodes.startBeforeBirth);
  if (compareCalendarDates(start, today) > 0) return fail(validityErrorCodes.startInFuture);
  if (end !== 'long-term' && compareCalendarDates(end, today) < 0) return fail(validityErrorCodes.expired);
  return ok({ termWarning: validityTermMatchesAge(birthDate, start, end) ? null : validityErrorCodes.termMismatch });
}
