import type { ProvinceProfile } from './provinceProfile';

/** Jilin unified identity authentication (manual 002). */
export const jilinProfile: ProvinceProfile = {
  id: 'jilin',
  name: '吉林',
  accountName: { kind: 'chosen', minLength: 6, maxLength: 20, startsWithLetter: true },
  password: { minLength: 8, maxLength: 16, minKinds: 2 },
  loginIdentifiers: { person: ['account_name', 'phone', 'id_number'], enterprise: ['account_name', 'uscc'] },
  idTypes: ['resident_id', 'foreign_permanent_resident_id', 'hmt_residence_permit', 'passport', 'hk_macau_travel_permit', 'taiwan_travel_permit'],
  languages: ['zh-CN', 'en'],
  qrSignInApps: [{ id: 'jishiban', name: '吉事办' }],
  // Both forgot-password flows verify the reserved phone by SMS; face is a kiosk addition.
  forgotPassword: { person: { face: 'optional', sms: 'fixed' }, enterprise: { face: 'off', sms: 'fixed' } },
  agentTitle: '经办人',
  agreements: {
    platform: {
      'zh-CN': '吉林省统一身份认证平台',
      en: 'Jilin Unified Identity Authentication Platform',
      ug: 'جىلىن ئۆلكىسى بىرلىككە كەلگەن كىملىك دەلىللەش سۇپىسى',
      bo: 'ཅི་ལིན་ཞིང་ཆེན་ཐོབ་ཐང་ར་སྤྲོད་མཉམ་སྡེབ་སྟེགས་བུ།',
    },
    versions: { registration: '2024.1', privacy: '2024.1' },
  },
};
