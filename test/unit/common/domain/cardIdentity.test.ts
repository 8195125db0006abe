import { describe, expect, it } from 'vitest';
import type { CardRead } from '../../../../common/contract/services/reader';
import { holderOf, identityFromCard } from '../../../../common/domain/cardIdentity';

const common = { idNumberCheck: 'valid' as const, sex: 'female' as const, sexCode: '2', birthDate: null, warnings: [] as string[] };

describe('identity from a card read', () => {
  it('takes name, ID number and validity as read, long-term included, marked as from the card', () => {
    const read: CardRead = {
      readId: 'r-1',
      readAt: '2025-06-01T00:00:00Z',
      card: {
        kind: 'resident',
        ...common,
        idNumber: '65010219980810222x',
        validFrom: '2010-03-01',
        validUntil: null,
        validLongTerm: true,
        name: '阿依古丽·买买提',
        nationCode: '05',
        nation: '维吾尔',
        address: 'x',
        appendedAddresses: [],
        issuingAuthority: 'x',
      },
    };
    const identity = identityFromCard(read);
    expect(identity).toEqual({
      name: '阿依古丽·买买提',
      idType: 'resident_id',
      idNumber: '65010219980810222X',
      validity: { start: '2010-03-01', end: 'long-term' },
      source: 'card',
      readId: 'r-1',
    });
    expect(holderOf(identity)).toEqual({ name: '阿依古丽·买买提', idType: 'resident_id', idNumber: '65010219980810222X' });
  });

  it('no validity dates (under 16) and the Chinese name of a foreigner card', () => {
    const read: CardRead = {
      readId: 'r-2',
      readAt: '2025-06-01T00:00:00Z',
      card: {
        kind: 'foreign-permanent-2023',
        ...common,
        idNumber: '9',
        validFrom: null,
        validUntil: null,
        validLongTerm: false,
        chineseName: '安娜',
        englishName: 'ANNA',
        nationality: 'RUS',
        renewalCount: '0',
        previousCardLink: '',
      },
    };
    expect(identityFromCard(read)).toMatchObject({ name: '安娜', idType: 'foreign_permanent_resident_id', validity: null });
  });
});
