import type { ProvinceProfile } from './provinceProfile';

/**
 * Xinjiang tax app (manual 000). The manual names no password lengths, so Jilin's rule is used;
 * forgot password: face always, SMS by configuration (the Xinjiang tax app guide, §3.6).
 */
export const xinjiangProfile: ProvinceProfile = {
  id: 'xinjiang',
  name: '新疆',
  accountName: { kind: 'chosen', minLength: 6, maxLength: 20, startsWithLetter: true },
  password: { minLength: 8, maxLength: 16, minKinds: 2 },
  loginIdentifiers: { person: ['account_name', 'phone', 'id_number'], enterprise: ['uscc', 'account_name'] },
  idTypes: ['resident_id', 'foreign_permanent_resident_id', 'hmt_residence_permit', 'passport'],
  languages: ['zh-CN', 'ug', 'en'],
  qrSignInApps: [{ id: 'xinjiang-shuiwu', name: '新疆税务 APP' }],
  forgotPassword: { person: { face: 'fixed', sms: 'optional' }, enterprise: { face: 'fixed', sms: 'optional' } },
  agentTitle: '办税人',
  agreements: {
    platform: {
      'zh-CN': '新疆税务统一身份认证平台',
      en: 'Xinjiang Tax Unified Identity Authentication Platform',
      ug: 'شىنجاڭ باج بىرلىككە كەلگەن كىملىك دەلىللەش سۇپىسى',
      bo: 'ཞིན་ཅང་ཁྲལ་དོན་ཐོབ་ཐང་ར་སྤྲོད་མཉམ་སྡེབ་སྟེགས་བུ།',
    },
    versions: { registration: '2024.1', privacy: '2023.4' },
  },
};
