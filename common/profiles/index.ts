import { fujianProfile } from './fujian';
import { jilinProfile } from './jilin';
import type { ProvinceId } from './provinceId';
import type { ProvinceProfile } from './provinceProfile';
import { tibetProfile } from './tibet';
import { xinjiangProfile } from './xinjiang';

export { isProvinceId, provinceIdSchema, provinceIds, type ProvinceId } from './provinceId';
export type * from './provinceProfile';

export const provinceProfiles: Readonly<Record<ProvinceId, ProvinceProfile>> = {
  jilin: jilinProfile,
  tibet: tibetProfile,
  xinjiang: xinjiangProfile,
  fujian: fujianProfile,
};

export function getProvinceProfile(id: ProvinceId): ProvinceProfile {
  return provinceProfiles[id];
}
