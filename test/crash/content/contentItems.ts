import type { EnqueueInput } from '../../../main/services/store/outboxRepository';
import { bytesFrom, itemSeed, seededRandom } from '../seededRandom';

/**
 * What the kiosk enqueues for a logical item of a campaign: derived from the campaign's seed and
 * the logical id alone, so the harness can rebuild it afterwards and compare it byte for byte
 * with what the server applied (never with a hash the kiosk announced).
 */
export function contentItem(seed: number, logical: string): EnqueueInput {
  const random = seededRandom(itemSeed(seed, logical));
  const attachment = (name: string) => ({ name, contentType: 'image/jpeg', data: bytesFrom(random, 600 + Math.floor(random() * 2400)) });
  return {
    kind: 'appeal',
    payload: {
      logical,
      legalRepName: '张三',
      phone: `138${String(Math.floor(random() * 1e8)).padStart(8, '0')}`,
      remark: bytesFrom(random, 12).toString('hex'),
    },
    attachments: [attachment('licence'), ...(random() < 0.5 ? [attachment('id_front')] : [])],
  };
}
