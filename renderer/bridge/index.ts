import { createLazyKiosk } from './lazyKiosk';

let openGate: () => void = () => undefined;
const gate = new Promise<void>((resolve) => (openGate = resolve));

/**
 * Lets the bridge's script load. The client checks every reply against the contract's schemas,
 * which take zod and every service's definitions: that code is in its own chunk (fetched with the
 * page, so only its evaluation waits), and evaluating it holds the page's thread for a moment. The
 * shell (App.vue) opens the gate once the attract screen has painted and answered its first tap, or
 * at once when it has no startup hint; calls and subscriptions made before then wait for it.
 */
export function startBridge(): void {
  openGate();
}

/** The bridge to main. If its chunk fails to load (main restarting under the page), the next call loads it again. */
export const kiosk = createLazyKiosk(() => gate.then(() => import('./connect')).then(({ connect }) => connect()));
