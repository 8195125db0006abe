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
};
