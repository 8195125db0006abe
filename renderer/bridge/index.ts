import { createLazyKiosk } from './lazyKiosk';

/**
 * The bridge to main. The client checks every reply against the contract's schemas, which take
 * zod and every service's definitions: that code loads in its own chunk, started at once but not
 * part of the script the attract screen waits for. Calls made before it arrives wait for it; if
 * the chunk fails to load (main restarting under the page), the next call loads it again.
 */
export const kiosk = createLazyKiosk(() => import('./connect').then(({ connect }) => connect()));
