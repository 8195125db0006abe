import { describe, expect, it } from 'vitest';
import { getProvinceProfile, provinceIdSchema, provinceIds, provinceProfiles } from '../../../../common/profiles';

describe('province profiles', () => {
  it('has one profile per id, each keyed by its own id', () => {
    expect(Object.keys(provinceProfiles).sort()).toEqual([...provinceIds].sort());
    for (const id of provinceIds) expect(getProvinceProfile(id).id).toBe(id);
    expect(provinceIdSchema.safeParse('guangdong').success).toBe(false);
  });

  it('always offers Chinese first and the resident ID card', () => {
    for (const profile of Object.values(provinceProfiles)) {
      expect(profile.languages[0]).toBe('zh-CN');
      expect(profile.idTypes).toContain('resident_id');
      expect(profile.qrSignInApps.length).toBeGreaterThan(0);
      expect(profile.password.minLength).toBeLessThanOrEqual(profile.password.maxLength);
    }
  });

  it('carries the provincial differences from the manuals', () => {
    expect(getProvinceProfile('xinjiang').languages).toContain('ug');
    expect(getProvinceProfile('tibet').languages).toContain('bo');
    expect(getProvinceProfile('tibet').accountName.kind).toBe('none');
    expect(getProvinceProfile('tibet').loginIdentifiers.person).toEqual(['id_number', 'phone']);
    expect(getProvinceProfile('xinjiang').forgotPassword.person).toEqual({ face: 'fixed', sms: 'optional' });
    expect(getProvinceProfile('jilin').qrSignInApps.map((a) => a.name)).toEqual(['吉事办']);
    expect(getProvinceProfile('fujian').qrSignInApps.map((a) => a.name)).toEqual(['闽税通', '微信']);
  });
});
