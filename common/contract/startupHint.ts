import type { Locale } from './services/system';

/**
 * What main serves inside index.html for the attract screen, so its language buttons are there at
 * the first paint, before the bridge to main is up: the hall's languages, in their order, and the
 * one it opens in. Nothing here is secret or decides anything: `system.info` says the same once
 * the bridge is up.
 */
export interface StartupHint {
  locales: Locale[];
  defaultLocale: Locale;
}

/** The id of the JSON data block that carries it. */
export const startupHintElementId = 'kiosk-startup-hint';
