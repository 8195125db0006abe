import { inject, type InjectionKey } from 'vue';
import type { SessionEndReason } from '../../common/contract/services/session';

export type EndSession = (reason: SessionEndReason) => Promise<void>;

/** The app's one way to end a citizen's session (wipe, back to the attract screen, default language), provided by App.vue. */
export const endSessionKey: InjectionKey<EndSession> = Symbol('endSession');

export function useEndSession(): EndSession {
  const end = inject(endSessionKey);
  if (!end) throw new Error('useEndSession outside the app: App.vue provides it');
  return end;
}
