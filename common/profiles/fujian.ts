import type { ProvinceProfile } from './provinceProfile';

/**
 * Fujian online tax bureau (manual 001): real-name accounts, QR sign-in with WeChat once bound
 * through the 福建税务 official account, or with the 闽税通 app. Password lengths are not in the
 * manual, so Jilin's rule is used.
 */
export const fujianProfile: ProvinceProfile = {
  id: 'fujian',
  name: '福建',
  accountName: { kind: 'chosen', minLength: 6, maxLength: 20, startsWithLetter: true },
  password: { minLength: 8, maxLength: 16, minKinds: 2 },
  loginIdentifiers: { person: ['account_name', 'phone', 'id_number'], enterprise: ['uscc', 'account_name'] },
  idTypes: ['resident_id', 'foreign_permanent_resident_id', 'hmt_residence_permit', 'passport', 'hk_macau_travel_permit', 'taiwan_travel_permit'],
  languages: ['zh-CN', 'en'],
  qrSignInApps: [
    { id: 'minshuitong', name: '闽税通' },
    { id: 'wechat', name: '微信' },
  ],
  forgotPassword: { person: { face: 'optional', sms: 'fixed' }, enterprise: { face: 'off', sms: 'fixed' } },
  agentTitle: '办税人',
  agreements: {
    platform: {
      'zh-CN': '福建省电子税务局统一身份认证平台',
      en: 'Fujian Online Tax Bureau Unified Identity Authentication Platform',
      ug: 'فۇجيەن ئۆلكىسى توردىكى باج ئىدارىسى بىرلىككە كەلگەن كىملىك دەلىللەش سۇپىسى',
      bo: 'ཧྥུ་ཅན་ཞིང་ཆེན་དྲ་ཐོག་ཁྲལ་དོན་ཅུས་ཐོབ་ཐང་ར་སྤྲོད་མཉམ་སྡེབ་སྟེགས་བུ།',
    },
    versions: { registration: '2024.1', privacy: '2024.3' },
  },
};
