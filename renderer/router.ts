import { createMemoryHistory, createRouter } from 'vue-router';
import HomeView from './views/HomeView.vue';

/** Memory history: a kiosk has no address bar, and no step can be reached by URL. */
export const router = createRouter({
  history: createMemoryHistory(),
  routes: [{ path: '/', name: 'home', component: HomeView }],
});
