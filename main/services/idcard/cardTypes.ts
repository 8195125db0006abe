/**
 * The parsed card, as the reader loop reports it. Plain types on purpose: the renderer contract
 * adds zod schemas in common/, so these field names are the stable public shape — rename nothing
 * without updating that contract.
 *
 * Conventions for every field below:
 * - Text is decoded from UCS-2 and trimmed of the spaces that pad each fixed-width field.
 * - Dates are ISO `YYYY-MM-DD`, or null when the card holds something that is not a real date
 *   (a warning then says which field).
 * - Nothing here is the photo: the 1024-byte WLT stays in main, retrievable by `readId`.
 */

/** Which of the four chip layouts the card uses (type flag at text offset 248). */
export type CardKind =
  | 'resident' // 居民身份证, flag spaces
  | 'foreign-permanent-2017' // 外国人永久居留身份证 2017, flag 'I'
  | 'foreign-permanent-2023' // 外国人永久居留身份证 2023, flag 'Y'
  | 'hk-macau-taiwan'; // 港澳台居民居住证, flag 'J'

/** GB/T 2261.1: '1' male, '2' female, '0' unknown, '9' unspecified; anything else is 'unknown'. */
export type Sex = 'male' | 'female' | 'unknown' | 'unspecified';

/**
 * Result of the ISO 7064 MOD 11-2 check on an 18-character number. A failing check is flagged,
 * never rejected: the SAM has already authenticated the card.
 */
export type IdNumberCheck = 'valid' | 'invalid' | 'not-applicable';

export type CardWarning =
  'id-number-check-failed' | 'birth-date-invalid' | 'valid-from-invalid' | 'valid-until-invalid' | 'unknown-nation-code' | 'unknown-sex-code';

export interface CardCommon {
  kind: CardKind;
  /** 公民身份号码 / 永久居留证号码: 18 characters, or 15 on 2017 foreigner cards. */
  idNumber: string;
  idNumberCheck: IdNumberCheck;
  sex: Sex;
  /** The raw GB/T 2261.1 digit, kept for display of odd values. */
  sexCode: string;
  birthDate: string | null;
  /** 有效期起始 / 签发日期. */
  validFrom: string | null;
  /** 有效期截止; null when `validLongTerm` or when the field is not a date. */
  validUntil: string | null;
  /** The end field holds 长期 (long-term validity) instead of a date. */
  validLongTerm: boolean;
  warnings: CardWarning[];
}

export interface ResidentIdCard extends CardCommon {
  kind: 'resident';
  name: string;
  /** GB 3304 two-digit code as on the chip, e.g. "01". */
  nationCode: string;
  /** Nation name without 族 (e.g. "汉"); the raw code when the code is not in GB 3304. */
  nation: string;
  address: string;
  /** 追加住址 entries (newest last), empty when the card has none. */
  appendedAddresses: string[];
  issuingAuthority: string;
}

export interface ForeignPermanent2017Card extends CardCommon {
  kind: 'foreign-permanent-2017';
  englishName: string;
  chineseName: string;
  /** GB/T 2659 alpha-3, e.g. "CAN". */
  nationality: string;
  cardVersion: string;
  /** 当次申请受理机关代码. */
  acceptingOfficeCode: string;
}

export interface ForeignPermanent2023Card extends CardCommon {
  kind: 'foreign-permanent-2023';
  chineseName: string;
  /** Both English-name segments joined (characters 1–35 and 36–46). */
  englishName: string;
  /** 所属国家和地区代码, raw 3 characters: whether alpha-3 or numeric is unconfirmed. */
  nationality: string;
  /** 换证次数, raw 2 characters. */
  renewalCount: string;
  /** 既往版本永居证号码关联项, raw 3 characters. */
  previousCardLink: string;
}

export interface HkMacauTaiwanCard extends CardCommon {
  kind: 'hk-macau-taiwan';
  name: string;
  address: string;
  issuingAuthority: string;
  /** 通行证号码. */
  permitNumber: string;
  /** 签发次数, raw 2 characters. */
  issueCount: string;
  /** From the number's prefix: 81 Hong Kong, 82 Macau, 83 Taiwan; null otherwise. */
  region: 'HK' | 'MO' | 'TW' | null;
}

export type IdCard = ResidentIdCard | ForeignPermanent2017Card | ForeignPermanent2023Card | HkMacauTaiwanCard;

/** The `card` event: parsed fields and a handle for the photo, which never travels in events. */
export interface CardReadEvent {
  /** Opaque id for `getPhoto(readId)`; unique per read. */
  readId: string;
  /** ISO timestamp of the read. */
  readAt: string;
  /** Which reader produced it, e.g. "serial:/dev/ttyUSB0". */
  reader: string;
  card: IdCard;
  /** Size of the WLT photo kept in main; 0 when the card had none. */
  photoBytes: number;
}
