import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { failure, startHarness, type Harness } from '../../../identity-api/harness';
import { matchedFace, people } from './flows';

/** Managing an enterprise's agents: who may (legal representative, agents with the permission), change the window, remove, reject. */

const ENTERPRISE = 'E-CHANGBAISHAN';
// START is 2025-06-01 (China time).
const window = { validFrom: '2025-06-01', validUntil: '2026-05-31' };
/** The initial password the legal representative sets for an agent (Tibet: 6–15 characters, two kinds). */
const AGENT_PASSWORD = 'Agent#2025';
const holder = (p: { name: string; idNumber: string }) => ({ name: p.name, idType: 'resident_id' as const, idNumber: p.idNumber });

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ province: 'tibet' });
});
afterAll(async () => {
  expect(h.validator.failures).toEqual([]);
  expect(h.validator.checked()).toBeGreaterThan(10);
  await h.close();
});

const faceProof = async (p: { name: string; idNumber: string }) => ({ faceVerificationId: await matchedFace(h, p.name, p.idNumber) });

describe('agent management', () => {
  it('lists each agent with document type and masked phone; the legal representative changes, rejects and removes', async () => {
    const rep = await faceProof(people.zhangWei);
    expect(await h.client.send('checkAgentManager', { params: { accountId: ENTERPRISE }, body: { proof: rep } })).toEqual({
      role: 'legal_representative',
      mayManageAgents: true,
      maskedName: '张*',
      enterpriseName: '吉林长白山科技有限公司',
    });
    const list = await h.client.listAgents(ENTERPRISE);
    expect(list.agents).toEqual([
      expect.objectContaining({ agentId: 'G-SEED-LIXIUYING', status: 'pending', idType: 'resident_id', maskedPhone: '139****0002' }),
    ]);

    // A pending request is approved or rejected, not changed or removed.
    expect(
      await failure(() =>
        h.client.send('updateAgent', {
          params: { accountId: ENTERPRISE, agentId: 'G-SEED-LIXIUYING' },
          body: { ...window, mayManageAgents: false, proof: rep },
        }),
      ),
    ).toMatchObject({ code: 'AGENT_NOT_ACTIVE' });
    expect(await h.client.send('rejectAgent', { params: { accountId: ENTERPRISE, agentId: 'G-SEED-LIXIUYING' }, body: { proof: rep } })).toEqual({
      agentId: 'G-SEED-LIXIUYING',
      rejected: true,
    });
    expect((await h.client.listAgents(ENTERPRISE)).agents).toEqual([]);
    expect(
      await failure(() => h.client.send('rejectAgent', { params: { accountId: ENTERPRISE, agentId: 'G-SEED-LIXIUYING' }, body: { proof: rep } })),
    ).toMatchObject({
      code: 'AGENT_NOT_FOUND',
    });

    const added = await h.client.addAgent(
      ENTERPRISE,
      { agent: holder(people.chenJing), ...window, mayManageAgents: false, proof: rep, initialPassword: await h.client.seal(AGENT_PASSWORD) },
      { idempotencyKey: crypto.randomUUID() },
    );
    const changed = await h.client.send('updateAgent', {
      params: { accountId: ENTERPRISE, agentId: added.agentId },
      body: { validFrom: '2025-07-01', validUntil: '2027-06-30', mayManageAgents: true, proof: rep },
    });
    expect(changed).toMatchObject({ validFrom: '2025-07-01', validUntil: '2027-06-30', mayManageAgents: true, status: 'active' });
    expect(
      await failure(() =>
        h.client.send('updateAgent', {
          params: { accountId: ENTERPRISE, agentId: added.agentId },
          body: { validFrom: '2025-07-01', validUntil: '2030-07-02', mayManageAgents: true, proof: rep },
        }),
      ),
    ).toMatchObject({ code: 'AGENT_VALIDITY_INVALID' });
    expect(await h.client.send('removeAgent', { params: { accountId: ENTERPRISE, agentId: added.agentId }, body: { proof: rep } })).toEqual({
      agentId: added.agentId,
      removed: true,
    });
    expect((await h.client.listAgents(ENTERPRISE)).agents).toEqual([]);
  });

  it('lets an agent with the permission manage agents, refuses one without it and anyone else', async () => {
    const rep = await faceProof(people.zhangWei);
    const liXiuying = await h.client.addAgent(
      ENTERPRISE,
      { agent: holder(people.liXiuying), ...window, mayManageAgents: false, proof: rep, initialPassword: await h.client.seal(AGENT_PASSWORD) },
      { idempotencyKey: crypto.randomUUID() },
    );
    const withoutPermission = await faceProof(people.liXiuying);
    expect(await h.client.send('checkAgentManager', { params: { accountId: ENTERPRISE }, body: { proof: withoutPermission } })).toEqual({
      role: 'agent',
      mayManageAgents: false,
      maskedName: '李**',
      enterpriseName: '吉林长白山科技有限公司',
    });
    expect(
      await failure(async () =>
        h.client.addAgent(
          ENTERPRISE,
          { agent: holder(people.liuYang), ...window, mayManageAgents: false, proof: withoutPermission, initialPassword: await h.client.seal(AGENT_PASSWORD) },
          { idempotencyKey: crypto.randomUUID() },
        ),
      ),
    ).toMatchObject({ code: 'AGENT_MANAGEMENT_NOT_ALLOWED', field: 'proof' });
    expect(
      await failure(() => h.client.send('removeAgent', { params: { accountId: ENTERPRISE, agentId: liXiuying.agentId }, body: { proof: withoutPermission } })),
    ).toMatchObject({ code: 'AGENT_MANAGEMENT_NOT_ALLOWED' });

    // Given the permission, the same agent may change agents.
    await h.client.send('updateAgent', {
      params: { accountId: ENTERPRISE, agentId: liXiuying.agentId },
      body: { ...window, mayManageAgents: true, proof: rep },
    });
    const withPermission = await faceProof(people.liXiuying);
    const added = await h.client.addAgent(
      ENTERPRISE,
      { agent: holder(people.chenJing), ...window, mayManageAgents: false, proof: withPermission, initialPassword: await h.client.seal(AGENT_PASSWORD) },
      { idempotencyKey: crypto.randomUUID() },
    );
    expect(added).toMatchObject({ status: 'active', maskedName: '陈*' });

    // Someone who is neither the legal representative nor an agent.
    const stranger = await faceProof(people.zhaoQiang);
    expect(await failure(() => h.client.send('checkAgentManager', { params: { accountId: ENTERPRISE }, body: { proof: stranger } }))).toMatchObject({
      code: 'FACE_NOT_MATCHED',
    });
    // An expired agent with the permission is not a manager any more.
    h.advance(400 * 24 * 3600_000);
    const expired = await faceProof(people.liXiuying);
    expect(await failure(() => h.client.send('checkAgentManager', { params: { accountId: ENTERPRISE }, body: { proof: expired } }))).toMatchObject({
      code: 'FACE_NOT_MATCHED',
    });
  });
});
