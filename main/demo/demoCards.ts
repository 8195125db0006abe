import { demoCardIds, type DemoCardId } from '../../common/contract/services/reader';
import type { SimCard } from '../services/idcard/simulator/sampleCards';
import { fakePhoto } from '../services/idcard/simulator/sampleCards';
import { demoCardPhotoJpeg } from './demoCardPhoto';

/**
 * The cards a demo or training kiosk can lay on its simulated reader. Each is a person of the
 * reference identity API's population register (identity-api/seed.ts), so a flow started with one
 * of them runs end to end: see docs/identity-api.md for who is registered and why.
 */

interface Persona {
  name: string;
  idNumber: string;
  sexCode: '1' | '2';
  nationCode: string;
  address: string;
  issuingAuthority: string;
  validFrom: string;
  validUntil: string;
}

type ResidentCardId = Exclude<DemoCardId, NonResidentCardId>;

const personas: Record<ResidentCardId, Persona> = {
  'liu-yang': {
    name: '刘洋',
    idNumber: '350102199209053314',
    sexCode: '1',
    nationCode: '01',
    address: '福建省福州市鼓楼区五四路88号',
    issuingAuthority: '福州市公安局鼓楼分局',
    validFrom: '20180301',
    validUntil: '20280301',
  },
  'zhao-qiang': {
    name: '赵强',
    idNumber: '220104197503104519',
    sexCode: '1',
    nationCode: '01',
    address: '吉林省长春市朝阳区人民大街1200号',
    issuingAuthority: '长春市公安局朝阳分局',
    validFrom: '20120510',
    validUntil: '20320510',
  },
  'zhang-wei': {
    name: '张伟',
    idNumber: '110105199003071239',
    sexCode: '1',
    nationCode: '01',
    address: '北京市朝阳区建国路9号',
    issuingAuthority: '北京市公安局朝阳分局',
    validFrom: '20160601',
    validUntil: '20360601',
  },
  'li-xiuying': {
    name: '李秀英',
    idNumber: '220102196002152427',
    sexCode: '2',
    nationCode: '01',
    address: '吉林省长春市南关区解放大路66号',
    issuingAuthority: '长春市公安局南关分局',
    validFrom: '20100301',
    validUntil: '长期',
  },
  'wang-xiaoming': {
    name: '王小明',
    idNumber: '220102201306010034',
    sexCode: '1',
    nationCode: '01',
    address: '吉林省长春市南关区解放大路66号',
    issuingAuthority: '长春市公安局南关分局',
    validFrom: '20230701',
    validUntil: '20280701',
  },
  'chen-jing': {
    name: '陈静',
    idNumber: '540102198504201165',
    sexCode: '2',
    nationCode: '01',
    address: '西藏自治区拉萨市城关区北京中路18号',
    issuingAuthority: '拉萨市公安局城关分局',
    validFrom: '20150420',
    validUntil: '20350420',
  },
  'zhou-min': {
    name: '周敏',
    idNumber: '220102198805120022',
    sexCode: '2',
    nationCode: '01',
    address: '吉林省长春市南关区人民大街88号',
    issuingAuthority: '长春市公安局南关分局',
    validFrom: '20140512',
    validUntil: '20340512',
  },
  // Not in the population register: her card's photo is another person's face, so the card photo
  // match stops whoever stands at the camera (the test clips show someone else).
  'sun-li': {
    name: '孙丽',
    idNumber: '220102198311230029',
    sexCode: '2',
    nationCode: '01',
    address: '吉林省长春市南关区自由大路17号',
    issuingAuthority: '长春市公安局南关分局',
    validFrom: '20170601',
    validUntil: '20370601',
  },
  ayigul: {
    name: '阿依古丽·买买提',
    idNumber: '65010219980810222X',
    sexCode: '2',
    nationCode: '05',
    address: '新疆维吾尔自治区乌鲁木齐市天山区解放南路36号',
    issuingAuthority: '乌鲁木齐市公安局天山区分局',
    validFrom: '20190101',
    validUntil: '20290101',
  },
};

/** Holders of the documents the reader decodes besides the resident card: each shows those flows end to end. */
type NonResidentCardId = 'anna-mueller' | 'chan-ka-ming';
const nonResidentCards: Record<NonResidentCardId, SimCard['spec']> = {
  // A foreign permanent resident, 2023 layout, with a Chinese name; in the population, not registered.
  'anna-mueller': {
    kind: 'foreign-permanent-2023',
    fields: {
      chineseName: '安娜·米勒',
      sexCode: '2',
      renewalCount: '00',
      birthDate: '19880412',
      englishName1: 'MUELLER, ANNA MARIA',
      englishName2: '',
      idNumber: '922276198804120028',
      validFrom: '20240301',
      validUntil: '20340228',
      nationality: 'DEU',
      previousCardLink: '',
    },
  },
  // A Hong Kong resident's residence permit (five years); registered, reserved phone 13600000008.
  'chan-ka-ming': {
    kind: 'hk-macau-taiwan',
    fields: {
      name: '陈家明',
      sexCode: '1',
      birthDate: '19910618',
      address: '广东省深圳市福田区福华路28号',
      idNumber: '810000199106180014',
      issuingAuthority: '深圳市公安局',
      validFrom: '20230301',
      validUntil: '20280301',
      permitNumber: 'H60123456',
      issueCount: '01',
    },
  },
};

const isNonResident = (id: DemoCardId): id is NonResidentCardId => id in nonResidentCards;

/**
 * The plain card photos: every demo person's is the face of the test camera clips, except `sun-li`,
 * whose photo is another person's, given as a JPEG file at start (tests build it from a public-domain
 * photo); without it her card has no plain photo and the match is not available.
 */
export interface DemoCardPhotos {
  otherPersonJpeg?: Buffer;
}

function plainPhotoOf(id: DemoCardId, photos: DemoCardPhotos): Buffer | undefined {
  return id === 'sun-li' ? photos.otherPersonJpeg : demoCardPhotoJpeg;
}

export function demoCard(id: DemoCardId, photos: DemoCardPhotos = {}): SimCard {
  const photo = fakePhoto(demoCardIds.indexOf(id) + 100);
  const plain = plainPhotoOf(id, photos);
  const plainPhoto = plain ? { plainPhoto: plain } : {};
  if (isNonResident(id)) return { spec: nonResidentCards[id], photo, ...plainPhoto, appendedAddresses: [] };
  const p = personas[id];
  return {
    spec: {
      kind: 'resident',
      fields: {
        name: p.name,
        sexCode: p.sexCode,
        nationCode: p.nationCode,
        birthDate: p.idNumber.slice(6, 14),
        address: p.address,
        idNumber: p.idNumber,
        issuingAuthority: p.issuingAuthority,
        validFrom: p.validFrom,
        validUntil: p.validUntil,
      },
    },
    photo,
    ...plainPhoto,
    appendedAddresses: [],
  };
}
