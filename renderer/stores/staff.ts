import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import type { AssistedStatus } from '../../common/contract/services/staff';
import { kiosk } from '../bridge';

/** Whether a counter clerk is assisting at this kiosk right now. */
export const useStaffStore = defineStore('staff', () => {
  const status = ref<AssistedStatus>({ active: false });
  const staffId = computed(() => (status.value.active ? status.value.staffId : undefined));
  void kiosk.staff.status().then((s) => (status.value = s));
  kiosk.on('staff.assisted', (next) => {
    status.value = next;
  });

  async function lock(): Promise<void> {
    status.value = await kiosk.staff.lock();
  }

  return { status, staffId, lock };
});
