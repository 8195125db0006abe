import { computed } from 'vue';
import { getProvinceProfile, isProvinceId } from '../../../common/profiles';
import { useSystemStore } from '../../stores/system';

/** The hall's province profile: rules, ID types and verifications are data, never branches. */
export function useProfile() {
  const system = useSystemStore();
  return computed(() => {
    const province = system.info?.province;
    return getProvinceProfile(isProvinceId(province) ? province : 'jilin');
  });
}
