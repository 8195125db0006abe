import { describe, expect, it } from 'vitest';
import { agreementDocument, agreementSections, type AgreementKind } from '../../../../common/profiles/agreementTexts';
import { provinceIds, provinceProfiles } from '../../../../common/profiles';
import type { KioskLanguage } from '../../../../common/profiles/provinceProfile';

const languages: KioskLanguage[] = ['zh-CN', 'en', 'ug', 'bo'];
const kinds: AgreementKind[] = ['registration', 'privacy'];
const han = /\p{Script=Han}/u;

describe('agreements from the province profile', () => {
  it.each(provinceIds)('%s: both documents in every language, titled with the platform, every section filled in', (id) => {
    const profile = provinceProfiles[id];
    for (const kind of kinds) {
      expect(profile.agreements.versions[kind]).toMatch(/^\d{4}\.\d+$/);
      for (const language of languages) {
        const document = agreementDocument(profile, kind, language);
        expect(document.title).toContain(profile.agreements.platform[language]);
        expect(document.version).toBe(profile.agreements.versions[kind]);
        expect(document.sections).toHaveLength(agreementSections[kind]['zh-CN'].length);
        for (const section of document.sections) {
          expect(section.heading.trim()).not.toBe('');
          expect(section.body).not.toContain('{platform}');
        }
        // Other languages name the platform in their own words, never in Chinese.
        if (language !== 'zh-CN') expect(JSON.stringify(document), `${id} ${kind} ${language}`).not.toMatch(han);
      }
    }
  });

  it('each province names its own platform, and the privacy policies carry their own versions', () => {
    const platforms = provinceIds.map((id) => provinceProfiles[id].agreements.platform['zh-CN']);
    expect(new Set(platforms).size).toBe(provinceIds.length);
    expect(agreementDocument(provinceProfiles.jilin, 'registration', 'zh-CN').title).toBe('吉林省统一身份认证平台用户注册协议');
    expect(agreementDocument(provinceProfiles.tibet, 'privacy', 'en')).toMatchObject({
      title: 'Tibet Autonomous Region Unified Identity Authentication System Privacy Policy',
      version: '2023.2',
    });
  });
});
