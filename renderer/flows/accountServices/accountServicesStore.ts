import { ref, shallowRef } from 'vue';
import type { FlowReceipt, PersonIdentityInput } from '../../../common/contract/services/personFlows';
import { defineFlowStore } from '../shared/defineFlowStore';
import type { FlowOutcome } from '../shared/outcome';

export type AccountServicesStep = 'identify' | 'face' | 'qr' | 'services' | 'done';

export interface SignedInAccount {
  maskedName: string;
  accountName: string | null;
  realNameLevel: number;
  upgradeOffered: boolean;
  agreement: { currentVersion: string; signedVersion: string | null; needsSigning: boolean };
}

/** Card + face (or the province app's QR code) sign-in, then agreement re-signing and real-name upgrade; wiped with the session. */
export const useAccountServicesStore = defineFlowStore('flow.accountServices', () => ({
  step: ref<AccountServicesStep>('identify'),
  identity: shallowRef<PersonIdentityInput | null>(null),
  /** The province app chosen to sign in by QR code instead of card + face. */
  qrApp: ref<string | null>(null),
  account: ref<SignedInAccount | null>(null),
  agreementAccepted: ref(false),
  receipts: shallowRef<FlowReceipt[]>([]),
  outcome: shallowRef<FlowOutcome | null>(null),
}));
