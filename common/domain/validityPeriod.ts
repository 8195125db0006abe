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

/** Age under which no validity dates are asked for and no face verification is done (manual 002). */
export const MINOR_AGE = 16;

/** 居民身份证法 Article 5: the term follows from the age on the day of issue. */
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

/** Under-16s give no validity dates (manual 002); everyone else must. */
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

/**
 * Checks a validity period against the holder's birth date: start not before birth nor in the
 * future, the term the law gives for the age at issue, and not expired. The end may be the same day
 * N years on or the day before (both are printed on real cards). Under-16s may omit both dates.
 */
export function checkValidityPeriod(input: ValidityInput): DomainResult<{ term: ValidityTerm } | undefined> {
  const { birthDate, start, end, today } = input;
  if (start === undefined && end === undefined && isMinor(birthDate, today)) return ok(undefined);
  if (start === undefined) return fail(validityErrorCodes.startRequired);
  if (end === undefined) return fail(validityErrorCodes.endRequired);
  if (compareCalendarDates(start, birthDate) < 0) return fail(validityErrorCodes.startBeforeBirth);
  if (compareCalendarDates(start, today) > 0) return fail(validityErrorCodes.startInFuture);
  const term = validityTermForAge(ageOn(birthDate, start));
  const expected = validityEndFor(start, term);
  if (expected === 'long-term' || end === 'long-term') {
    return expected === end ? ok({ term }) : fail(validityErrorCodes.termMismatch);
  }
  if (!sameDay(end, expected) && !sameDay(end, previousDay(expected))) return fail(validityErrorCodes.termMismatch);
  if (compareCalendarDates(end, today) < 0) return fail(validityErrorCodes.expired);
  return ok({ term });
}
