import { randomBytes } from 'node:crypto';
import type { EnqueueInput } from '../../../main/services/store/outboxRepository';

/** Kept apart from the servers so the crash worker, started once per kill, loads only this. */
export type TargetKind = 'chaos' | 'identity';

export const identityKiosk = { kioskId: 'kiosk-outbox', secret: 'outbox-crash-secret-0123456789' };

/** One queued item in the shape the target accepts; `logical` identifies it in the server's audit. */
export function itemFor(kind: TargetKind, logical: string): EnqueueInput {
  if (kind === 'chaos') {
    return {
      kind: 'appeal',
      payload: { logical, legalRepName: '张三', phone: '13800000000', remark: randomBytes(8).toString('hex') },
      attachments: [{ name: 'licence', contentType: 'image/jpeg', data: randomBytes(1500 + Math.floor(Math.random() * 2000)) }],
    };
  }
  const doc = (name: string) => ({ name, contentType: 'image/jpeg', data: randomBytes(800 + Math.floor(Math.random() * 1200)) });
  return {
    kind: 'appeal',
    payload: {
      type: 'modify_information',
      enterprise: { legalEntityType: 'company', enterpriseName: '吉林长白山科技有限公司', uscc: '91220101MA0Y1JK2XY' },
      legalRepresentative: { name: '张伟', idType: 'resident_id', idNumber: '110105199003071239', validity: { start: '2020-01-01', end: '2040-01-01' } },
      phone: '13800000001',
      remark: logical,
    },
    attachments: [doc('business_licence'), doc('legal_representative_id_front'), doc('legal_representative_id_back')],
  };
}
