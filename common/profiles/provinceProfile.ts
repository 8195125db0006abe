import type { AccountNamePolicy } from '../domain/accountNamePolicy';
import type { IdType } from '../domain/idTypes';
import type { PasswordPolicy } from '../domain/passwordPolicy';
import type { ProvinceId } from './provinceId';

export type LoginIdentifier = 'account_name' | 'phone' | 'id_number' | 'uscc';
export type KioskLanguage = 'zh-CN' | 'en' | 'ug' | 'bo';
/** fixed: always asked; optional: the hall's configuration may switch it on; off: never offered. */
export type VerificationSetting = 'fixed' | 'optional' | 'off';

export interface VerificationSettings {
  face: VerificationSetting;
  sms: VerificationSetting;
}

export interface QrSignInApp {
  id: string;
  /** The app's name as citizens know it; shown untranslated. */
  name: string;
}

/** A text in every kiosk language (names of things citizens see, such as the platform). */
export type LocalizedText = Readonly<Record<KioskLanguage, string>>;

/** The platform whose agreements the citizen accepts, and the version of each document in force. */
export interface ProvinceAgreements {
  /** The platform's name in every language; the documents' titles and texts name it. */
  platform: LocalizedText;
  /** The registration agreement's version is the one the identity API checks at registration and re-signing. */
  versions: { registration: string; privacy: string };
}

/** Everything that differs between provinces, as data: components read it, never branch on the id. */
export interface ProvinceProfile {
  id: ProvinceId;
  /** Official short name, shown untranslated. */
  name: string;
  accountName: AccountNamePolicy;
  password: PasswordPolicy;
  loginIdentifiers: { person: LoginIdentifier[]; enterprise: LoginIdentifier[] };
  idTypes: IdType[];
  /** zh-CN first and always present. */
  languages: KioskLanguage[];
  qrSignInApps: QrSignInApp[];
  forgotPassword: { person: VerificationSettings; enterprise: VerificationSettings };
  /** What the province calls a person acting for an enterprise (经办人 / 代理人). */
  agentTitle: string;
  agreements: ProvinceAgreements;
  /**
   * Agents register themselves for an enterprise and wait for the legal representative's approval
   * (Tibet's 我是代理人); absent: the kiosk does not offer it. `regions` are the places of registration
   * offered, `name` as the identity API stores it.
   */
  agentRegistration?: { regions: { id: string; name: string }[] };
}
