import { defineIcon } from './defineIcon';

/** Small shapes the icons share, as path data. */
const head = 'M9 4.5a3 3 0 1 1 0 6a3 3 0 1 1 0-6';
const shoulders = 'M3.5 19.5c0-3.6 2.5-6 5.5-6s5.5 2.4 5.5 6';
const building = 'M4 20.5V5.5l7-2.5v17.5M11 8.5h8v12M2.5 20.5h19M7 8h1M7 11.5h1M7 15h1M14.5 12h1M14.5 15.5h1';

/** Person services. */
export const RegisterIcon = defineIcon('register', [head, shoulders, 'M19 7v6M16 10h6']);
export const PasswordIcon = defineIcon('password', [
  'M7.5 10.5a3.5 3.5 0 1 1 0 7a3.5 3.5 0 1 1 0-7',
  'M11 14h9.5M17.5 14v3M20.5 14v2',
  'M13 3.5a6 6 0 0 1 8 4.5M21 4.5V8h-3.5',
]);
export const AccountIcon = defineIcon('account', [
  'M3 5.5h13v13H3z',
  'M9.5 9a2 2 0 1 1 0 4a2 2 0 1 1 0-4M6 16.5c.6-1.6 2-2.5 3.5-2.5s2.9.9 3.5 2.5',
  'M14.5 19.5l.6-3l6-6l2.4 2.4l-6 6z',
]);
export const FaceIcon = defineIcon('face', [
  'M3 8V5a2 2 0 0 1 2-2h3M16 3h3a2 2 0 0 1 2 2v3M21 16v3a2 2 0 0 1-2 2h-3M8 21H5a2 2 0 0 1-2-2v-3',
  'M9 9.5v1M15 9.5v1M12 10v3.5h-1M9 16c1.7 1.3 4.3 1.3 6 0',
]);
export const ValidityIcon = defineIcon('validity', ['M3 6h18v12H3z', 'M6 10h6M6 13.5h4', 'M18 15.5a3 3 0 1 1-.9-4.6M17.5 9.2v2.1h-2.1']);
export const PhoneIcon = defineIcon('phone', [
  'M7 2.5h8a1.5 1.5 0 0 1 1.5 1.5v16a1.5 1.5 0 0 1-1.5 1.5H7A1.5 1.5 0 0 1 5.5 20V4A1.5 1.5 0 0 1 7 2.5',
  'M10 18.5h2',
  'M19 8.5l2.5 2.5l-2.5 2.5M21.5 11h-4',
]);
export const RelativesIcon = defineIcon('relatives', [
  'M8 3.5a2.5 2.5 0 1 1 0 5a2.5 2.5 0 1 1 0-5M3 18.5c0-3.3 2.2-6 5-6s5 2.7 5 6',
  'M17 9a2 2 0 1 1 0 4a2 2 0 1 1 0-4M13.5 20c0-2.4 1.6-4.5 3.5-4.5s3.5 2.1 3.5 4.5',
]);

/** Enterprise services: the building, and what is done for it. */
export const EnterpriseRegisterIcon = defineIcon('enterpriseRegister', [building, 'M19 1.5v5M16.5 4h5']);
export const EnterpriseActivateIcon = defineIcon('enterpriseActivate', [building, 'M15 4.5l2 2l4-4']);
export const EnterpriseAccountIcon = defineIcon('enterpriseAccount', [building, 'M14 5.5l1-2.5l4.5-1l1 1l-1 4.5l-2.5 1']);
export const AppealIcon = defineIcon('appeal', ['M6 2.5h8l4 4v15H6z', 'M14 2.5v4h4', 'M12 18.5v-7M9 14l3-3l3 3']);
export const AgentsIcon = defineIcon('agents', [
  'M12 3.5a2.5 2.5 0 1 1 0 5a2.5 2.5 0 1 1 0-5M7.5 15c0-2.5 2-4.5 4.5-4.5s4.5 2 4.5 4.5',
  'M5 9a2 2 0 1 1 0 4a2 2 0 1 1 0-4M19 9a2 2 0 1 1 0 4a2 2 0 1 1 0-4M1.5 18.5c0-1.9 1.5-3.5 3.5-3.5M22.5 18.5c0-1.9-1.5-3.5-3.5-3.5',
  'M4 21h16',
]);
export const AgentRegisterIcon = defineIcon('agentRegister', [head, shoulders, 'M15.5 12.5h6v8h-6zM17.5 12.5v-2h2v2M17 16h3']);

/** The home screen's group tiles: every enterprise service behind one tile, and the way back. */
export const EnterpriseServicesIcon = defineIcon('enterpriseServices', [building]);
export const BackIcon = defineIcon('back', ['M15 5l-7 7l7 7']);
