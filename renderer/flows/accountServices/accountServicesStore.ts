import { defineStore } from 'pinia';
import { ref, shallowRef } from 'vue';
import type { FlowReceipt, PersonIdentityInput } from '../../../common/contract/services/personFlows';
import { useSessionStore } from '../../stores/session';
import type { FlowOutcome } from '../shared/outcome';

export type AccountServicesStep = 'identify' | 'face' | 'services' | 'done';

export interface SignedInAccount {
  maskedName: string;
  accountName: string | null;
  realNameLevel: number;
  upgradeOffered: boolean;
  agreement: { currentVersion: string; signedVersion: string | null; needsSigning: boolean };
}

/** Card + face sign-in, then agreement re-signing and real-name upgrade (flows 8, 9); wiped with the session. */
export const useAccountServicesStore = defineStore('flow.accountServices', () => {
  const step = ref<AccountServicesStep>('identify');
  const identity = shallowRef<PersonIdentityInput | null>(null);
  const account = ref<SignedInAccount | null>(null);
  const agreementAccepted = ref(false);
  const receipts = shallowRef<FlowReceipt[]>([]);
  const outcome = shallowRef<FlowOutcome | null>(null);

  function reset(): void {
    step.value = 'identify';
    identity.value = null;
    account.value = null;
    agreementAccepted.value = false;
    receipts.value = [];
    outcome.value = null;
  }
  useSessionStore().onWipe(reset);
  return { step, identity, account, agreementAccepted, receipts, outcome, reset };
});
