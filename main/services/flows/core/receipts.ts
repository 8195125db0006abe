import { randomBytes } from 'node:crypto';
import type { EnterpriseReceipt } from '../../../../common/contract/services/enterpriseFlows';
import type { FlowReceipt, PersonHolder } from '../../../../common/contract/services/personFlows';
import { maskIdNumber, maskName } from '../../../../common/domain/mask';

const alphabet = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';

/**
 * A receipt number a citizen can read out at the counter: kiosk-local date, then six characters
 * without look-alikes (no 0/O, 1/I/L). Not a secret and not derived from personal data.
 */
export function newReceiptNo(now: Date, random: (n: number) => Uint8Array = randomBytes): string {
  const pad = (v: number) => String(v).padStart(2, '0');
  const date = `${now.getFullYear()}${pad(now.getMonth() + 1)}${pad(now.getDate())}`;
  const bytes = random(6);
  const tail = [...bytes].map((b) => alphabet[b % alphabet.length]).join('');
  return `${date}-${tail}`;
}

/** What every receipt starts with: its number and time, not queued unless the flow says so. */
function receiptHeader(clock: () => number) {
  const now = new Date(clock());
  return { receiptNo: newReceiptNo(now), completedAt: now.toISOString(), queued: false };
}

/** A person flow's receipt: the holder masked, the rest from the flow. */
export function personReceipt(clock: () => number, service: FlowReceipt['service'], holder: PersonHolder, extra: Partial<FlowReceipt> = {}): FlowReceipt {
  return {
    ...receiptHeader(clock),
    service,
    maskedName: maskName(holder.name),
    maskedIdNumber: maskIdNumber(holder.idNumber),
    maskedPhone: null,
    accountName: null,
    realNameLevel: null,
    ...extra,
  };
}

/** An enterprise flow's receipt: every part already masked by the flow. */
export function enterpriseReceipt(clock: () => number, service: EnterpriseReceipt['service'], parts: Partial<EnterpriseReceipt>): EnterpriseReceipt {
  return {
    ...receiptHeader(clock),
    service,
    maskedEnterpriseName: '',
    maskedUscc: '',
    maskedName: '',
    maskedPhone: null,
    accountName: null,
    accountStatus: null,
    ...parts,
  };
}
