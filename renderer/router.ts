import { createMemoryHistory, createRouter } from 'vue-router';
import { flowManifests } from './flows/manifests';
import { useStaffStore } from './stores/staff';
import HomeView from './views/HomeView.vue';

function staffOnly() {
  return useStaffStore().status.active ? true : { name: 'home' };
}

/** Memory history: a kiosk has no address bar, and no step can be reached by URL. */
export const router = createRouter({
  history: createMemoryHistory(),
  routes: [
    { path: '/', name: 'home', component: HomeView },
    // Staff screens open only in assisted mode.
    { path: '/staff', name: 'staff-desk', component: () => import('./staff/StaffDeskView.vue'), beforeEnter: staffOnly },
    { path: '/camera-check', name: 'camera-check', component: () => import('./dev/FaceCaptureCheck.vue'), beforeEnter: staffOnly },
    // Every citizen flow, from its folder's manifest; each loads on first use.
    ...flowManifests.map(({ route, component }) => ({ ...route, component })),
  ],
});
