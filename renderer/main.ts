import { createPinia } from 'pinia';
import { createApp } from 'vue';
import App from './App.vue';
import { kiosk } from './bridge';
import { forwardRendererErrors } from './errors/forwardErrors';
import { i18n } from './i18n';
import { router } from './router';
import './styles/base.css';
import './styles/fonts.css';

const app = createApp(App);
forwardRendererErrors(window, app, (error) => kiosk.system.reportError(error));
app.use(createPinia()).use(router).use(i18n).mount('#app');
