import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { birthDateArb } from './arbitraries';
import { addYears, compareCalendarDates, parseCalendarDate, type CalendarDate } from '../../../../common/domain/calendarDate';
import { ageOn, checkValidityPeriod, isMinor, validityEndFor, validityTermForAge, validityTermMatchesAge } from '../../../../common/domain/validityPeriod';

const d = (text: string): CalendarDate => parseCalendarDate(text)!;
const today = d('2025-06-01');

describe('validity period', () => {
  it.each([
    [0, 5],
    [15, 5],
    [16, 10],
    [25, 10],
    [26, 20],
    [45, 20],
    [46, 'long-term'],
    [90, 'long-term'],
  ] as const)('age %i at issue gives %s', (age, term) => {
    expect(validityTermForAge(age)).toBe(term);
  });

  it('derives the end date from the start, keeping 29 February inside the month', () => {
    expect(validityEndFor(d('2011-03-03'), 10)).toEqual(d('2021-03-03'));
    expect(validityEndFor(d('2020-02-29'), 5)).toEqual(d('2025-02-28'));
    expect(validityEndFor(d('2020-02-29'), 'long-term')).toBe('long-term');
  });

  it('accepts matching periods, including the day-before form', () => {
    const birthDate = d('1990-05-10');
    expect(checkValidityPeriod({ birthDate, start: d('2018-01-01'), end: d('2038-01-01'), today })).toEqual({ ok: true, value: { termWarning: null } });
    expect(checkValidityPeriod({ birthDate, start: d('2018-01-01'), end: d('2037-12-31'), today }).ok).toBe(true);
    expect(checkValidityPeriod({ birthDate: d('1960-01-01'), start: d('2010-01-01'), end: 'long-term', today })).toEqual({
      ok: true,
      value: { termWarning: null },
    });
  });

  it.each<{ end: string }>([{ end: '2028-01-01' }, { end: 'long-term' }])('accepts a term the age does not suggest (to $end), with a warning', ({ end }) => {
    const period = { birthDate: d('1990-05-10'), start: d('2018-01-01'), end: end === 'long-term' ? ('long-term' as const) : d(end), today };
    expect(checkValidityPeriod(period)).toEqual({ ok: true, value: { termWarning: 'VALIDITY_TERM_MISMATCH' } });
  });

  it.each<[string, { start?: string; end?: string }]>([
    ['VALIDITY_START_BEFORE_BIRTH', { start: '1980-01-01', end: '1985-01-01' }],
    ['VALIDITY_START_IN_FUTURE', { start: '2026-01-01', end: '2046-01-01' }],
    ['VALIDITY_START_REQUIRED', { end: '2038-01-01' }],
    ['VALIDITY_END_REQUIRED', { start: '2018-01-01' }],
  ])('refuses with %s', (code, period) => {
    const end = period.end === undefined ? undefined : period.end === 'long-term' ? ('long-term' as const) : d(period.end);
    const start = period.start === undefined ? undefined : d(period.start);
    expect(checkValidityPeriod({ birthDate: d('1990-05-10'), start, end, today })).toEqual({ ok: false, code });
  });

  it('refuses an expired card, whatever its term', () => {
    expect(checkValidityPeriod({ birthDate: d('2000-01-01'), start: d('2010-01-01'), end: d('2015-01-01'), today })).toEqual({
      ok: false,
      code: 'VALIDITY_EXPIRED',
    });
    expect(checkValidityPeriod({ birthDate: d('2000-01-01'), start: d('2010-01-01'), end: d('2012-01-01'), today })).toEqual({
      ok: false,
      code: 'VALIDITY_EXPIRED',
    });
  });

  it('lets under-16s omit the dates but not adults', () => {
    expect(isMinor(d('2012-01-01'), today)).toBe(true);
    expect(checkValidityPeriod({ birthDate: d('2012-01-01'), today })).toEqual({ ok: true, value: { termWarning: null } });
    expect(checkValidityPeriod({ birthDate: d('2000-01-01'), today })).toEqual({ ok: false, code: 'VALIDITY_START_REQUIRED' });
  });
});

describe('validity period properties', () => {
  it('accepts the period the law gives for any issue date without a warning, and warns of every other term', () => {
    const terms = [5, 10, 20, 'long-term'] as const;
    fc.assert(
      fc.property(birthDateArb, fc.integer({ min: 0, max: 80 }), fc.constantFrom(...terms), (birthDate, yearsAfterBirth, otherTerm) => {
        const start = addYears(birthDate, yearsAfterBirth);
        fc.pre(compareCalendarDates(start, today) <= 0);
        const term = validityTermForAge(ageOn(birthDate, start));
        const end = validityEndFor(start, term);
        fc.pre(end === 'long-term' || compareCalendarDates(end, today) >= 0);
        expect(checkValidityPeriod({ birthDate, start, end, today })).toEqual({ ok: true, value: { termWarning: null } });
        fc.pre(otherTerm !== term);
        const otherEnd = validityEndFor(start, otherTerm);
        expect(validityTermMatchesAge(birthDate, start, otherEnd)).toBe(false);
        fc.pre(otherEnd === 'long-term' || compareCalendarDates(otherEnd, today) >= 0);
        expect(checkValidityPeriod({ birthDate, start, end: otherEnd, today })).toEqual({ ok: true, value: { termWarning: 'VALIDITY_TERM_MISMATCH' } });
      }),
    );
  });
});
