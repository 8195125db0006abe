import { computed, type ComputedRef } from 'vue';
import { useSyncStore } from '../stores/sync';
import { useSystemStore } from '../stores/system';

/** Whether the identity API answers: `unknown` until main has reported once. */
export type LinkState = 'up' | 'down' | 'unknown';

/** The health check main reports for the identity API: its probe and the outcome of the last call. */
export const identityLinkCheck = 'identityApi';

/**
 * The link to the identity API as the kiosk last saw it: main's health (the probe and the last
 * call's outcome) and the outbox's own view of the network. Down if either says so.
 */
export function useLinkState(): ComputedRef<LinkState> {
  const system = useSystemStore();
  const sync = useSyncStore();
  return computed(() => {
    const check = system.health?.checks.find((c) => c.id === identityLinkCheck);
    if (check?.ok === false || sync.status?.online === false) return 'down';
    return check ? 'up' : 'unknown';
  });
}
