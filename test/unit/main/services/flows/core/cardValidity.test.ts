import { describe, expect, it } from 'vitest';
import type { PersonIdentityInput } from '../../../../../../common/contract/services/personFlows';
import { addYears, formatCalendarDate, parseCalendarDate, previousDay, type CalendarDate } from '../../../../../../common/domain/calendarDate';
import { idNumberCheckChar } from '../../../../../../common/domain/idNumber';
import { residentCardRead } from '../cardSupport';
import { refusalOf, testCore } from './support';

// The kiosk's day: 2025-06-01 in China. Each boundary birthday falls on 2025-03-01, so every issue
// date of the 60 days after it lies before today.
const TODAY = Date.parse('2025-06-01T02:00:00Z');
const BIRTHDAY = '2025-03-01';

const day = (text: string): CalendarDate => parseCalendarDate(text)!;
const plusDays = (d: CalendarDate, days: number): CalendarDate => {
  const t = new Date(Date.UTC(d.year, d.month - 1, d.day + days));
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
};
const compact = (d: CalendarDate) => formatCalendarDate(d).replaceAll('-', '');

function idNumberBornOn(birth: CalendarDate): string {
  const first17 = `110105${compact(birth)}123`;
  return first17 + idNumberCheckChar(first17);
}

/** The term the law gives for the age just below each boundary (the age at application) and at it. */
const boundaries = [
  { age: 16, termBefore: 5, termAt: 10 },
  { age: 26, termBefore: 10, termAt: 20 },
  { age: 46, termBefore: 20, termAt: 'long-term' },
] as const;

interface IssuedCard {
  birth: CalendarDate;
  start: CalendarDate;
  end: CalendarDate | 'long-term';
}

/** Every card issued in the 60 days after a boundary birthday, with either term and either printed end form. */
function cardsAfter(boundary: (typeof boundaries)[number]): Array<IssuedCard & { termMatchesAge: boolean }> {
  const birth = addYears(day(BIRTHDAY), -boundary.age);
  const cards: Array<IssuedCard & { termMatchesAge: boolean }> = [];
  for (let offset = 0; offset < 60; offset += 1) {
    const start = plusDays(day(BIRTHDAY), offset);
    for (const term of [boundary.termBefore, boundary.termAt]) {
      const ends = term === 'long-term' ? (['long-term'] as const) : [addYears(start, term), previousDay(addYears(start, term))];
      for (const end of ends) cards.push({ birth, start, end, termMatchesAge: term === boundary.termAt });
    }
  }
  return cards;
}

function identityOf(card: IssuedCard, source: 'card' | 'manual', readId?: string): PersonIdentityInput {
  const end = card.end === 'long-term' ? 'long-term' : formatCalendarDate(card.end);
  return {
    name: '林晓',
    idType: 'resident_id',
    idNumber: idNumberBornOn(card.birth),
    validity: { start: formatCalendarDate(card.start), end },
    source,
    ...(readId ? { readId } : {}),
  };
}

function kiosk(assisted: boolean) {
  const { core, sinks } = testCore({ clock: () => TODAY, assisted: () => assisted });
  let reads = 0;
  return {
    checks: core.identity,
    /** Lays the card on the reader: main keeps what the reader returned. */
    read(card: IssuedCard): PersonIdentityInput {
      const readId = `read-${++reads}`;
      const identity = identityOf(card, 'card', readId);
      const validity = identity.validity!;
      const longTerm = validity.end === 'long-term';
      const read = residentCardRead(
        { name: identity.name, idNumber: identity.idNumber, validFrom: validity.start, validUntil: longTerm ? null : validity.end, longTerm },
        readId,
      );
      for (const sink of sinks) sink('reader.card', read);
      return identity;
    },
  };
}

describe('card validity: a genuine card is never refused by a term guessed from the age', () => {
  for (const boundary of boundaries) {
    it(`accepts every card read issued in the 60 days after a ${boundary.age}th birthday, with no warning`, () => {
      const k = kiosk(false);
      const cards = cardsAfter(boundary);
      expect(cards.length).toBeGreaterThanOrEqual(120);
      for (const card of cards) {
        const checked = k.checks.checkIdentity(k.read(card), 'identity', { validity: 'required' });
        expect(checked.validityWarning, formatCalendarDate(card.start)).toBeNull();
      }
    });

    it(`warns, without refusing, of the same dates typed by staff after a ${boundary.age}th birthday when the term is not the age's`, () => {
      const k = kiosk(true);
      for (const card of cardsAfter(boundary)) {
        const checked = k.checks.checkIdentity(identityOf(card, 'manual'), 'identity', { validity: 'required' });
        expect(checked.validityWarning, formatCalendarDate(card.start)).toBe(card.termMatchesAge ? null : 'VALIDITY_TERM_MISMATCH');
      }
    });
  }

  it('refuses a read card only for what is certainly wrong: expired, starting after today, starting before birth', () => {
    const k = kiosk(false);
    const birth = day('1990-05-10');
    const check = (start: string, end: string) => () =>
      k.checks.checkIdentity(k.read({ birth, start: day(start), end: day(end) }), 'identity', { validity: 'byAge' });
    expect(refusalOf(check('2005-01-01', '2025-01-01'))).toEqual({ code: 'VALIDITY_EXPIRED', field: 'identity.validity' });
    expect(refusalOf(check('2025-06-02', '2045-06-02'))).toEqual({ code: 'VALIDITY_START_IN_FUTURE', field: 'identity.validity' });
    expect(refusalOf(check('1990-05-09', '2030-05-09'))).toEqual({ code: 'VALIDITY_START_BEFORE_BIRTH', field: 'identity.validity' });
    expect(refusalOf(check('2025-06-01', '2025-06-01'))).toBe('no error');
  });
});
