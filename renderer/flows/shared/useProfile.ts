import { computed } from 'vue';
import { getProvinceProfile, provinceIdSchema } from '../../../common/profiles';
import { useSystemStore } from '../../stores/system';

/** The hall's province profile: rules, ID types and verifications are data, never branches. */
export function useProfile() {
  const system = useSystemStore();
  return computed(() => {
    const id = provinceIdSchema.safeParse(system.info?.province);
    return getProvinceProfile(id.success ? id.data : 'jilin');
  });
}
