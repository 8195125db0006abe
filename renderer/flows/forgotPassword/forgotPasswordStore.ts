import { defineStore } from 'pinia';
import { ref, shallowRef } from 'vue';
import type { FlowReceipt, PersonIdentityInput } from '../../../common/contract/services/personFlows';
import { useSessionStore } from '../../stores/session';
import type { FlowOutcome } from '../shared/outcome';

export type ForgotPasswordStep = 'identify' | 'face' | 'sms' | 'password' | 'done';

/** Forgot password, natural person (DOMAIN.md flow 4): wiped with the session. */
export const useForgotPasswordStore = defineStore('flow.forgotPassword', () => {
  const step = ref<ForgotPasswordStep>('identify');
  const identity = shallowRef<PersonIdentityInput | null>(null);
  const account = shallowRef<{ maskedName: string; maskedPhone: string; smsRequired: boolean } | null>(null);
  const faceVerificationId = ref('');
  const smsChallengeId = ref('');
  const password = ref('');
  const confirm = ref('');
  const passwordError = ref('');
  const identityError = ref('');
  const receipt = shallowRef<FlowReceipt | null>(null);
  const outcome = shallowRef<FlowOutcome | null>(null);

  function reset(): void {
    step.value = 'identify';
    identity.value = null;
    account.value = null;
    faceVerificationId.value = '';
    smsChallengeId.value = '';
    password.value = '';
    confirm.value = '';
    passwordError.value = '';
    identityError.value = '';
    receipt.value = null;
    outcome.value = null;
  }
  useSessionStore().onWipe(reset);
  return { step, identity, account, faceVerificationId, smsChallengeId, password, confirm, passwordError, identityError, receipt, outcome, reset };
});
