import { describe, expect, it } from 'vitest';
import type { CardRead } from '../../../../common/contract/services/reader';
import { cardIdentity } from '../../../../common/domain/cardIdentity';
import { parsePersonName } from '../../../../common/domain/name';

describe('one name rule for residents, foreigners and permit holders', () => {
  it.each([
    ['安娜·米勒', '安娜·米勒'],
    ['安娜 · 米勒', '安娜·米勒'],
    ['MUELLER, ANNA MARIA', 'MUELLER, ANNA MARIA'],
    ['MUELLER,   ANNA    MARIA  ', 'MUELLER, ANNA MARIA'],
    ['Jean·Pierre Dupont', 'Jean·Pierre Dupont'],
    ['JEAN・PIERRE DUPONT', 'JEAN·PIERRE DUPONT'],
    ['Zoë Ångström-Ødegård', 'Zoë Ångström-Ødegård'],
    ['陈家明', '陈家明'],
  ])('accepts %s as %s', (input, value) => expect(parsePersonName(input)).toEqual({ ok: true, value }));

  it.each([
    ['ANNA 米勒', 'NAME_CHARACTERS'],
    ['ANNA2', 'NAME_CHARACTERS'],
    ['·ANNA', 'NAME_SEPARATOR_PLACEMENT'],
    ['ANNA·', 'NAME_SEPARATOR_PLACEMENT'],
    ['ANNA··MUELLER', 'NAME_SEPARATOR_PLACEMENT'],
    ['A', 'NAME_TOO_SHORT'],
    ['A'.repeat(61), 'NAME_TOO_LONG'],
  ])('refuses %s with %s', (input, code) => expect(parsePersonName(input)).toEqual({ ok: false, code }));

  it('maps a foreigner card without a Chinese name to its English name as the rule normalises it', () => {
    const card: CardRead['card'] = {
      kind: 'foreign-permanent-2017',
      idNumber: 'DEU220088040001',
      idNumberCheck: 'not-applicable',
      sex: 'male',
      sexCode: '1',
      birthDate: '1988-04-01',
      validFrom: '2020-01-01',
      validUntil: '2030-01-01',
      validLongTerm: false,
      warnings: [],
      englishName: 'SCHMIDT,  PETER   ',
      chineseName: '   ',
      nationality: 'DEU',
      cardVersion: '01',
      acceptingOfficeCode: '2200',
    };
    const identity = cardIdentity(card);
    expect(identity).toEqual({
      name: 'SCHMIDT, PETER',
      idType: 'foreign_permanent_resident_id',
      idNumber: 'DEU220088040001',
      validity: { start: '2020-01-01', end: '2030-01-01' },
    });
    expect(parsePersonName(identity.name)).toEqual({ ok: true, value: identity.name });
  });
});
