import type { ProvinceProfile } from './provinceProfile';

/** Tibet unified identity authentication (manual 003): sign-in by ID number or phone, no account names. */
export const tibetProfile: ProvinceProfile = {
  id: 'tibet',
  name: '西藏',
  accountName: { kind: 'none' },
  password: { minLength: 6, maxLength: 15, minKinds: 2 },
  loginIdentifiers: { person: ['id_number', 'phone'], enterprise: ['uscc'] },
  idTypes: ['resident_id', 'foreign_permanent_resident_id', 'hmt_residence_permit', 'passport'],
  languages: ['zh-CN', 'bo', 'en'],
  qrSignInApps: [{ id: 'xizang-zhengwu', name: '西藏政务 APP' }],
  forgotPassword: { person: { face: 'optional', sms: 'fixed' }, enterprise: { face: 'optional', sms: 'fixed' } },
  agentTitle: '代理人',
  agreements: {
    platform: {
      'zh-CN': '西藏自治区统一身份认证系统',
      en: 'Tibet Autonomous Region Unified Identity Authentication System',
      ug: 'شىزاڭ ئاپتونوم رايونى بىرلىككە كەلگەن كىملىك دەلىللەش سىستېمىسى',
      bo: 'བོད་རང་སྐྱོང་ལྗོངས་ཐོབ་ཐང་ར་སྤྲོད་མཉམ་སྡེབ་མ་ལག',
    },
    versions: { registration: '2024.1', privacy: '2023.2' },
  },
  agentRegistration: {
    regions: [
      { id: 'lhasa', name: '拉萨市' },
      { id: 'shigatse', name: '日喀则市' },
      { id: 'chamdo', name: '昌都市' },
      { id: 'nyingchi', name: '林芝市' },
      { id: 'shannan', name: '山南市' },
      { id: 'nagqu', name: '那曲市' },
      { id: 'ngari', name: '阿里地区' },
    ],
  },
};
