import { mod11_2CheckChar } from '../idNumberCheck';
import { PHOTO_LENGTH } from '../responseParser';
import type { CardTextSpec } from './cardTextBuilder';

/** A card the simulator can present: chip text fields, a fake WLT photo and appended addresses. */
export interface SimCard {
  spec: CardTextSpec;
  photo: Buffer;
  /**
   * The card photo as a plain JPEG, what the simulated reader's stand-in for the vendor's licensed
   * decoder returns for `photo` (absent: that decoder has nothing for this card).
   */
  plainPhoto?: Buffer;
  appendedAddresses: string[];
}

export type SampleCardName = 'resident' | 'resident-long-term' | 'foreigner-2017' | 'foreigner-2023' | 'hk-macau-taiwan';
export const SAMPLE_CARD_NAMES: readonly SampleCardName[] = ['resident', 'resident-long-term', 'foreigner-2017', 'foreigner-2023', 'hk-macau-taiwan'];

function withCheck(first17: string): string {
  return first17 + (mod11_2CheckChar(first17) ?? '?');
}

/** Deterministic bytes standing in for a WLT photo; not an image, and never decoded. */
export function fakePhoto(seed: number): Buffer {
  const photo = Buffer.alloc(PHOTO_LENGTH);
  let x = seed >>> 0 || 1;
  for (let i = 0; i < photo.length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    photo[i] = x & 0xff;
  }
  return photo;
}

/** Fictional people only: names say 测试 (test), numbers are synthetic with valid check characters. */
export function sampleCard(name: SampleCardName): SimCard {
  switch (name) {
    case 'resident':
      return {
        spec: {
          kind: 'resident',
          fields: {
            name: '测试甲',
            sexCode: '1',
            nationCode: '01',
            birthDate: '19900101',
            address: '北京市东城区测试路1号',
            idNumber: withCheck('11010119900101001'),
            issuingAuthority: '北京市公安局东城分局',
            validFrom: '20150101',
            validUntil: '20350101',
          },
        },
        photo: fakePhoto(1),
        appendedAddresses: [],
      };
    case 'resident-long-term':
      return {
        spec: {
          kind: 'resident',
          fields: {
            name: '测试乙',
            sexCode: '2',
            nationCode: '05',
            birthDate: '19600229',
            address: '新疆维吾尔自治区乌鲁木齐市天山区测试街道测试社区测试路二十八号院三号楼',
            idNumber: withCheck('65010219600229002'),
            issuingAuthority: '乌鲁木齐市公安局天山区分局',
            validFrom: '20100301',
            validUntil: '长期',
          },
        },
        photo: fakePhoto(2),
        appendedAddresses: ['新疆维吾尔自治区乌鲁木齐市沙依巴克区测试巷5号'],
      };
    case 'foreigner-2017':
      return {
        spec: {
          kind: 'foreign-permanent-2017',
          fields: {
            englishName: 'TEST, SAMPLE PERSON',
            sexCode: '1',
            idNumber: 'CAN110080010001',
            nationality: 'CAN',
            chineseName: '测试丙',
            validFrom: '20180601',
            validUntil: '20280601',
            birthDate: '19800715',
            cardVersion: '01',
            acceptingOfficeCode: '1100',
          },
        },
        photo: fakePhoto(3),
        appendedAddresses: [],
      };
    case 'foreigner-2023':
      return {
        spec: {
          kind: 'foreign-permanent-2023',
          fields: {
            chineseName: '测试丁',
            sexCode: '2',
            renewalCount: '00',
            birthDate: '19850101',
            englishName1: 'TESTPERSON-LONGFAMILYNAME, SAMPLEGI',
            englishName2: 'VEN NAME',
            idNumber: '932682198501010017',
            validFrom: '20231201',
            validUntil: '20331130',
            nationality: 'USA',
            previousCardLink: '',
          },
        },
        photo: fakePhoto(4),
        appendedAddresses: [],
      };
    case 'hk-macau-taiwan':
      return {
        spec: {
          kind: 'hk-macau-taiwan',
          fields: {
            name: '测试戊',
            sexCode: '1',
            birthDate: '19920303',
            address: '广东省深圳市福田区测试大道3号',
            idNumber: withCheck('81000019920303003'),
            issuingAuthority: '深圳市公安局',
            validFrom: '20190101',
            validUntil: '20240101',
            permitNumber: 'H12345678',
            issueCount: '01',
          },
        },
        photo: fakePhoto(5),
        appendedAddresses: [],
      };
  }
}
