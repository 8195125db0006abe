import { kiosk } from '../../../bridge';

/** PhoneSmsStep's `api` for one enterprise purpose. */
export function smsApi(purpose: 'registration' | 'appeal' | 'activation' | 'passwordReset') {
  return {
    send: (phone: string) => kiosk.enterprise.sendSms(purpose === 'registration' || purpose === 'appeal' ? { purpose, phone } : { purpose }),
    verify: (challengeId: string, code: string) => kiosk.enterprise.verifySms({ challengeId, code }),
  };
}
