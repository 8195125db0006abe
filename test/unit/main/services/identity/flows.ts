import type { SmsPurpose } from '../../../../../common/identityApi/sms';
import type { AccountLookup } from '../../../../../common/identityApi/accounts';
import { JPEG_CAPTURE, LIVE, type Harness } from '../../../identity-api/harness';

/** Sends and verifies an SMS challenge, first stepping past the resend interval. */
export async function verifiedSms(h: Harness, purpose: SmsPurpose, phone: string, account?: AccountLookup): Promise<string> {
  h.advance(61_000);
  const target = account ? { kind: 'account' as const, account } : { kind: 'phone' as const, phone };
  const challenge = await h.client.createSmsChallenge({ purpose, target });
  await h.client.verifySmsChallenge(challenge.challengeId, h.smsCode(phone));
  return challenge.challengeId;
}

export async function matchedFace(h: Harness, name: string, idNumber: string): Promise<string> {
  const face = await h.client.verifyFace({ subject: { name, idType: 'resident_id', idNumber }, capture: JPEG_CAPTURE, liveness: LIVE }, crypto.randomUUID());
  if (face.result !== 'match') throw new Error(`face ${face.result}`);
  return face.verificationId;
}

export const people = {
  zhangWei: { name: '张伟', idNumber: '110105199003071239', phone: '13800000001', validity: { start: '2016-05-01', end: '2036-05-01' } },
  liXiuying: { name: '李秀英', idNumber: '220102196002152427', phone: '13900000002', validity: { start: '2010-03-01', end: 'long-term' as const } },
  wangXiaoming: { name: '王小明', idNumber: '220102201306010034' },
  ayigul: { name: '阿依古丽·买买提', idNumber: '65010219980810222X', validity: { start: '2019-09-01', end: '2029-09-01' } },
  chenJing: { name: '陈静', idNumber: '540102198504201165', phone: '13700000005' },
  liuYang: { name: '刘洋', idNumber: '350102199209053314', validity: { start: '2020-01-10', end: '2040-01-10' } },
  zhaoQiang: { name: '赵强', idNumber: '220104197503104519', validity: { start: '2015-04-01', end: '2035-04-01' } },
};
