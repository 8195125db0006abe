import type { PersonIdentityInput } from '../../../../../../common/contract/services/personFlows';
import { getProvinceProfile } from '../../../../../../common/profiles';
import type { EventSink } from '../../../../../../main/bridge/eventHub';
import { createEnterpriseFlowHandlers, type EnterpriseFlowClient, type EnterpriseFlowDeps } from '../../../../../../main/services/flows/enterprise';
import { silentLogger } from '../../../../../../main/services/log/logger';
import type { Harness } from '../../../../identity-api/harness';
import { capture, ctx, residentCardRead } from '../cardSupport';

export { capture, ctx };

export type Person = { name: string; idNumber: string; validFrom: string; validUntil: string | null };
export const zhangWei: Person = { name: '张伟', idNumber: '110105199003071239', validFrom: '2016-05-01', validUntil: '2036-05-01' };
export const liXiuying: Person = { name: '李秀英', idNumber: '220102196002152427', validFrom: '2010-03-01', validUntil: null };
export const liuYang: Person = { name: '刘洋', idNumber: '350102199209053314', validFrom: '2020-01-10', validUntil: '2040-01-10' };
export const zhaoQiang: Person = { name: '赵强', idNumber: '220104197503104519', validFrom: '2015-04-01', validUntil: '2035-04-01' };
export const chenJing: Person = { name: '陈静', idNumber: '540102198504201165', validFrom: '2018-01-01', validUntil: '2038-01-01' };

export const enterprises = {
  /** In the registry and registered (legal representative 张伟). */
  changbaishan: { legalEntityType: 'company' as const, enterpriseName: '吉林长白山科技有限公司', uscc: '91220101MA0Y1JK2XY' },
  /** In the registry, pending activation (李秀英). */
  xueyu: { legalEntityType: 'company' as const, enterpriseName: '拉萨雪域商贸有限公司', uscc: '91540100MA6T3LW8PC' },
  /** In the registry, no account (赵强). */
  beifang: { legalEntityType: 'company' as const, enterpriseName: '长春北方物流有限公司', uscc: '91220104MA0Y2AB3C7' },
  /** In the registry, no account (刘洋). */
  minjiang: { legalEntityType: 'company' as const, enterpriseName: '福州闽江食品有限公司', uscc: '91350100MA2Y7FQ5RU' },
  /** Not in the registry (valid check character): registration comes back pending activation. */
  unknown: { legalEntityType: 'individual_business' as const, enterpriseName: '长春南关小吃店', uscc: '91220102MA0Y3CD4E3' },
};

export const cardRead = (p: Person, readId: string) => residentCardRead({ ...p, longTerm: p.validUntil === null }, readId);

export const identityOf = (p: Person, readId: string | null): PersonIdentityInput => ({
  name: p.name,
  idType: 'resident_id',
  idNumber: p.idNumber,
  validity: { start: p.validFrom, end: p.validUntil ?? 'long-term' },
  source: readId ? 'card' : 'manual',
  ...(readId ? { readId } : {}),
});
export const holderOf = (p: Person) => ({ name: p.name, idType: 'resident_id' as const, idNumber: p.idNumber });

/** The enterprise handlers wired to the reference server, with a card reader stand-in and a session end. */
export function setup(h: Harness, overrides: Partial<EnterpriseFlowDeps> = {}) {
  const sinks: EventSink[] = [];
  const endHooks: Array<() => void> = [];
  const { enterprise } = createEnterpriseFlowHandlers({
    client: h.client as EnterpriseFlowClient,
    profile: getProvinceProfile('jilin'),
    session: { onEnd: (hook) => (endHooks.push(hook), () => undefined) },
    events: { attach: (sink) => (sinks.push(sink), () => undefined) },
    log: silentLogger,
    clock: () => h.now(),
    // These handlers alone cannot issue face challenges (the person service issues them for both services' face
    // steps), so their captures are judged without an issued order; the runtime tests answer one.
    liveness: { requireIssuedChallenges: false },
    ...overrides,
  });
  let reads = 0;
  return {
    enterprise,
    present(p: Person): string {
      const readId = `read-${++reads}`;
      for (const sink of sinks) sink('reader.card', cardRead(p, readId));
      return readId;
    },
    endSession: () => endHooks.forEach((hook) => hook()),
  };
}

/** The refusal's code and field, or 'no error'. */
export async function refusal(promise: unknown): Promise<{ code: string; field?: string } | 'no error'> {
  try {
    await promise;
  } catch (error) {
    const { code, field } = error as { code: string; field?: string };
    return field === undefined ? { code } : { code, field };
  }
  return 'no error';
}
