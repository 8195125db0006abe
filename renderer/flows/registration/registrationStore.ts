import { defineStore } from 'pinia';
import { ref, shallowRef } from 'vue';
import type { FlowReceipt, PersonIdentityInput } from '../../../common/contract/services/personFlows';
import { useSessionStore } from '../../stores/session';
import type { FlowOutcome } from '../shared/outcome';

export type RegistrationStep = 'agreement' | 'account' | 'identity' | 'phone' | 'face' | 'done';

/** Natural-person registration (DOMAIN.md flow 1): everything the citizen gave, wiped with the session. */
export const useRegistrationStore = defineStore('flow.registration', () => {
  const step = ref<RegistrationStep>('agreement');
  const agreementAccepted = ref(false);
  const privacyAccepted = ref(false);
  const accountName = ref('');
  const password = ref('');
  const confirm = ref('');
  const identity = shallowRef<PersonIdentityInput | null>(null);
  /** Set by main's identity check. */
  const minor = ref(false);
  const phone = ref('');
  const smsChallengeId = ref('');
  const faceVerificationId = ref('');
  /** Assisted mode: the clerk's in-person check after face capture failed. */
  const attestationId = ref('');
  const receipt = shallowRef<FlowReceipt | null>(null);
  const outcome = shallowRef<FlowOutcome | null>(null);
  const errors = ref<{ accountName: string; password: string; identity: string }>({ accountName: '', password: '', identity: '' });

  function reset(): void {
    step.value = 'agreement';
    agreementAccepted.value = false;
    privacyAccepted.value = false;
    accountName.value = '';
    password.value = '';
    confirm.value = '';
    identity.value = null;
    minor.value = false;
    phone.value = '';
    smsChallengeId.value = '';
    faceVerificationId.value = '';
    attestationId.value = '';
    receipt.value = null;
    outcome.value = null;
    errors.value = { accountName: '', password: '', identity: '' };
  }

  useSessionStore().onWipe(reset);

  return { step, agreementAccepted, privacyAccepted, accountName, password, confirm, identity, minor, phone, smsChallengeId, faceVerificationId, attestationId, receipt, outcome, errors, reset };
});
