/**
 * Document camera harness: mounts DocumentCamera.vue (and with it the document worker) with the
 * app's texts and styles, in the locale of `?locale=`, and records every guidance shown and the
 * photo the citizen would use. Built with Vite and served with the app's CSP by
 * test/e2e/enterprise/documentCameraSupport.ts.
 */
import { createApp, h } from 'vue';
import { createI18n } from 'vue-i18n';
import DocumentCamera from '../../../../renderer/capture/document/DocumentCamera.vue';
import bo from '../../../../renderer/i18n/locales/bo';
import en from '../../../../renderer/i18n/locales/en';
import ug from '../../../../renderer/i18n/locales/ug';
import zhCN from '../../../../renderer/i18n/locales/zh-CN';
import { rightToLeftLocales } from '../../../../renderer/i18n/rightToLeft';
import '../../../../renderer/styles/base.css';

export interface DocumentCameraLog {
  guidance: string[];
}

declare global {
  interface Window {
    documentCameraLog: DocumentCameraLog;
  }
}

const locale = (new URLSearchParams(location.search).get('locale') ?? 'zh-CN') as 'zh-CN' | 'en' | 'ug' | 'bo';
const log: DocumentCameraLog = { guidance: [] };
window.documentCameraLog = log;
new MutationObserver(() => {
  const value = document.querySelector('.doc-camera')?.getAttribute('data-guidance');
  if (value && log.guidance[log.guidance.length - 1] !== value) log.guidance.push(value);
}).observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-guidance'] });

// The locale files themselves, not the app's loader (which splits them per language at build time).
const i18n = createI18n({ legacy: false, locale, fallbackLocale: 'zh-CN', messages: { 'zh-CN': zhCN, en, ug, bo } });
document.documentElement.lang = locale;
document.documentElement.dir = rightToLeftLocales.has(locale) ? 'rtl' : 'ltr';
createApp({ render: () => h(DocumentCamera, { title: '企业营业执照原件', cameraLabel: null }) })
  .use(i18n)
  .mount('#app');
