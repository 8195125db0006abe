import { randomUUID } from 'node:crypto';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AddAgentRequest } from '../../../../../common/identityApi/agents';
import { verifyPassword } from '../../../../../identity-api/passwordHash';
import { failure, startHarness, type Harness } from '../../../identity-api/harness';
import { matchedFace, people } from './flows';

/** Agents of an enterprise (Jilin manual §4.2(4), Tibet manual part 3) and the business-registry lookup, client against the reference server. */

const CHANGBAISHAN = { uscc: '91220101MA0Y1JK2XY', accountId: 'E-CHANGBAISHAN' };
const XUEYU_PENDING = '91540100MA6T3LW8PC';
const MINJIANG_UNREGISTERED = '91350100MA2Y7FQ5RU';
// START is 2025-06-01 (China time): windows are written relative to it.
const window = { validFrom: '2025-06-01', validUntil: '2026-05-31' };
/** The agent's initial login password, as the legal representative sets it (Jilin: 8–16 characters, two kinds). */
const AGENT_PASSWORD = 'Agent#2025';

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ province: 'jilin' });
});
afterAll(async () => {
  expect(h.validator.failures).toEqual([]);
  expect(h.validator.checked()).toBeGreaterThan(15);
  await h.close();
});

/** A QR sign-in confirmed in the app by the person with this ID number. */
async function confirmedQr(idNumber: string): Promise<string> {
  const session = await h.client.createQrSession('jishiban');
  await h.client.confirmQrSession(session.sessionId, idNumber);
  return session.sessionId;
}

const liXiuyingAgent = (over: Partial<AddAgentRequest['agent']> = {}): AddAgentRequest['agent'] => ({
  name: people.liXiuying.name,
  idType: 'resident_id',
  idNumber: people.liXiuying.idNumber,
  ...over,
});

describe('enterprise lookup', () => {
  it('tells registered, pending and unregistered enterprises apart', async () => {
    await expect(h.client.lookupEnterprise(CHANGBAISHAN.uscc)).resolves.toEqual({
      enterpriseName: '吉林长白山科技有限公司',
      inRegistry: true,
      accountStatus: 'active',
      accountId: CHANGBAISHAN.accountId,
    });
    await expect(h.client.lookupEnterprise(XUEYU_PENDING)).resolves.toMatchObject({
      inRegistry: true,
      accountStatus: 'pending_activation',
      accountId: 'E-XUEYU',
    });
    await expect(h.client.lookupEnterprise(MINJIANG_UNREGISTERED)).resolves.toEqual({
      enterpriseName: '福州闽江食品有限公司',
      inRegistry: true,
      accountStatus: 'none',
      accountId: null,
    });
  });

  it('answers an unknown but well-formed USCC with nothing found, normalising case', async () => {
    await expect(h.client.lookupEnterprise(CHANGBAISHAN.uscc.toLowerCase())).resolves.toMatchObject({ accountStatus: 'active' });
    await expect(h.client.lookupEnterprise('91110108MA01W9YL42')).resolves.toEqual({
      enterpriseName: null,
      inRegistry: false,
      accountStatus: 'none',
      accountId: null,
    });
  });

  it('refuses a wrong check character with code and field', async () => {
    const error = await failure(() => h.client.lookupEnterprise('91220101MA0Y1JK2XX'));
    expect(error).toMatchObject({ kind: 'rejected', code: 'USCC_CHECK_CHAR', field: 'uscc' });
    expect(await failure(() => h.client.lookupEnterprise('9122'))).toMatchObject({ code: 'USCC_LENGTH', field: 'uscc' });
  });
});

describe('agents of an enterprise', () => {
  it('lists the seeded pending request, masked, and refuses an unknown or person account', async () => {
    const list = await h.client.listAgents(CHANGBAISHAN.accountId);
    expect(list.agents).toContainEqual({
      agentId: 'G-SEED-LIXIUYING',
      maskedName: '李**',
      maskedIdNumber: expect.stringMatching(/^220\*+2427$/),
      status: 'pending',
      idType: 'resident_id',
      maskedPhone: '139****0002',
      validFrom: null,
      validUntil: null,
      mayManageAgents: false,
    });
    expect(await failure(() => h.client.listAgents('E-NOPE'))).toMatchObject({ kind: 'rejected', code: 'ACCOUNT_NOT_FOUND', details: { status: 404 } });
    expect(await failure(() => h.client.listAgents('P-ZHANGWEI'))).toMatchObject({ code: 'ACCOUNT_NOT_FOUND' });
  });

  it('refuses approval without a proof of the legal representative', async () => {
    // A matched face of someone else (李秀英 herself) is not the legal representative's.
    const otherFace = await matchedFace(h, people.liXiuying.name, people.liXiuying.idNumber);
    const byFace = await failure(() =>
      h.client.approveAgent(CHANGBAISHAN.accountId, 'G-SEED-LIXIUYING', { ...window, mayManageAgents: false, proof: { faceVerificationId: otherFace } }),
    );
    expect(byFace).toMatchObject({ kind: 'rejected', code: 'FACE_NOT_MATCHED', field: 'proof.faceVerificationId' });

    // A QR session confirmed by someone else, one never confirmed, one unknown.
    const otherQr = await confirmedQr(people.chenJing.idNumber);
    const pending = await h.client.createQrSession('jishiban');
    for (const qrSessionId of [otherQr, pending.sessionId, 'Q-unknown']) {
      const error = await failure(() =>
        h.client.approveAgent(CHANGBAISHAN.accountId, 'G-SEED-LIXIUYING', { ...window, mayManageAgents: false, proof: { qrSessionId } }),
      );
      expect(error).toMatchObject({ code: 'QR_SIGN_IN_REQUIRED', field: 'proof.qrSessionId' });
    }
    await expect(h.client.listAgents(CHANGBAISHAN.accountId)).resolves.toMatchObject({ agents: [expect.objectContaining({ status: 'pending' })] });
  });

  it('refuses validity windows that are reversed, in the past or longer than 5 years', async () => {
    const faceVerificationId = await matchedFace(h, people.zhangWei.name, people.zhangWei.idNumber);
    const windows = [
      { validFrom: '2025-06-10', validUntil: '2025-06-09' },
      { validFrom: '2024-01-01', validUntil: '2025-05-31' },
      { validFrom: '2025-06-01', validUntil: '2030-06-02' },
    ];
    for (const w of windows) {
      const error = await failure(() =>
        h.client.approveAgent(CHANGBAISHAN.accountId, 'G-SEED-LIXIUYING', { ...w, mayManageAgents: false, proof: { faceVerificationId } }),
      );
      expect(error, JSON.stringify(w)).toMatchObject({ kind: 'rejected', code: 'AGENT_VALIDITY_INVALID', field: 'validUntil' });
    }
  });

  it("approves the pending request with the legal representative's face: exactly 5 years, may manage agents", async () => {
    const faceVerificationId = await matchedFace(h, people.zhangWei.name, people.zhangWei.idNumber);
    const approved = await h.client.approveAgent(
      CHANGBAISHAN.accountId,
      'G-SEED-LIXIUYING',
      { validFrom: '2025-06-01', validUntil: '2030-06-01', mayManageAgents: true, proof: { faceVerificationId } },
      { idempotencyKey: randomUUID() },
    );
    expect(approved).toMatchObject({ agentId: 'G-SEED-LIXIUYING', status: 'active', validFrom: '2025-06-01', validUntil: '2030-06-01', mayManageAgents: true });
    const again = await failure(() =>
      h.client.approveAgent(CHANGBAISHAN.accountId, 'G-SEED-LIXIUYING', { ...window, mayManageAgents: false, proof: { faceVerificationId } }),
    );
    expect(again).toMatchObject({ code: 'AGENT_NOT_PENDING', field: 'agentId', details: { status: 409 } });
    const unknown = await failure(() =>
      h.client.approveAgent(CHANGBAISHAN.accountId, 'G-nope', { ...window, mayManageAgents: false, proof: { faceVerificationId } }),
    );
    expect(unknown).toMatchObject({ code: 'AGENT_NOT_FOUND', details: { status: 404 } });
  });

  it("adds an agent with the legal representative's QR sign-in; the agent must be a registered natural person", async () => {
    const qrSessionId = await confirmedQr(people.zhangWei.idNumber);
    const grant = { ...window, mayManageAgents: false, proof: { qrSessionId }, initialPassword: await h.client.seal(AGENT_PASSWORD) };

    // 刘洋 is in the population register but has no account.
    const notRegistered = await failure(() =>
      h.client.addAgent(CHANGBAISHAN.accountId, { agent: { name: people.liuYang.name, idType: 'resident_id', idNumber: people.liuYang.idNumber }, ...grant }),
    );
    expect(notRegistered).toMatchObject({ kind: 'rejected', code: 'AGENT_NOT_REGISTERED', field: 'agent.idNumber' });
    const wrongName = await failure(() =>
      h.client.addAgent(CHANGBAISHAN.accountId, { agent: { name: '陈静静', idType: 'resident_id', idNumber: people.chenJing.idNumber }, ...grant }),
    );
    expect(wrongName).toMatchObject({ code: 'NAME_MISMATCH', field: 'agent.name' });
    const self = await failure(() =>
      h.client.addAgent(CHANGBAISHAN.accountId, { agent: { name: people.zhangWei.name, idType: 'resident_id', idNumber: people.zhangWei.idNumber }, ...grant }),
    );
    expect(self).toMatchObject({ code: 'AGENT_IS_LEGAL_REPRESENTATIVE', field: 'agent.idNumber' });
    const badCheck = await failure(() =>
      h.client.addAgent(CHANGBAISHAN.accountId, { agent: { name: '陈静', idType: 'resident_id', idNumber: '540102198504201166' }, ...grant }),
    );
    expect(badCheck).toMatchObject({ code: 'ID_NUMBER_CHECK_CHAR', field: 'agent.idNumber' });

    const key = randomUUID();
    const body: AddAgentRequest = { agent: { name: people.chenJing.name, idType: 'resident_id', idNumber: people.chenJing.idNumber }, ...grant };
    const added = await h.client.addAgent(CHANGBAISHAN.accountId, body, { idempotencyKey: key });
    expect(added).toMatchObject({ status: 'active', maskedName: '陈*', validFrom: window.validFrom, validUntil: window.validUntil, mayManageAgents: false });
    // The same key answers the same agent; a fresh key finds the person already added.
    await expect(h.client.addAgent(CHANGBAISHAN.accountId, body, { idempotencyKey: key })).resolves.toEqual(added);
    expect(await failure(() => h.client.addAgent(CHANGBAISHAN.accountId, body))).toMatchObject({ code: 'AGENT_ALREADY_ADDED', details: { status: 409 } });
    expect(await failure(() => h.client.addAgent(CHANGBAISHAN.accountId, { agent: liXiuyingAgent(), ...grant }))).toMatchObject({
      code: 'AGENT_ALREADY_ADDED',
    });

    const list = await h.client.listAgents(CHANGBAISHAN.accountId);
    expect(list.agents.map((a) => [a.maskedName, a.status]).sort()).toEqual([
      ['李**', 'active'],
      ['陈*', 'active'],
    ]);
  });

  it("keeps only a hash of the agent's initial password, and refuses one the province's rules do not allow", async () => {
    const qrSessionId = await confirmedQr(people.zhangWei.idNumber);
    // 陈家明 holds a Hong Kong/Macao residence permit and has a person account.
    const body = {
      agent: { name: '陈家明', idType: 'hmt_residence_permit' as const, idNumber: '810000199106180014' },
      ...window,
      mayManageAgents: false,
      proof: { qrSessionId },
    };
    for (const [password, code] of [
      ['Ag#1', 'PASSWORD_LENGTH'],
      ['abcdefghij', 'PASSWORD_KINDS'],
      ['Agent 2025', 'PASSWORD_CHARACTERS'],
    ] as const) {
      const refused = await failure(async () => h.client.addAgent(CHANGBAISHAN.accountId, { ...body, initialPassword: await h.client.seal(password) }));
      expect(refused).toMatchObject({ kind: 'rejected', code, field: 'initialPassword' });
    }
    // Refused before anything is stored: the same person is then added.
    const added = await h.client.addAgent(CHANGBAISHAN.accountId, { ...body, initialPassword: await h.client.seal(AGENT_PASSWORD) });
    const db = new Database(h.dbPath, { readonly: true });
    const row = db.prepare('SELECT password_hash FROM agents WHERE agent_id = ?').get(added.agentId) as { password_hash: string };
    db.close();
    expect(row.password_hash).not.toContain(AGENT_PASSWORD);
    await expect(verifyPassword(AGENT_PASSWORD, row.password_hash)).resolves.toBe(true);
    await expect(verifyPassword('Agent#2026', row.password_hash)).resolves.toBe(false);
  });

  it('shows an agent whose window has passed as expired, and the QR proof lapses after its grace', async () => {
    const qrSessionId = await confirmedQr(people.zhangWei.idNumber);
    h.advance(400 * 24 * 3600_000);
    const list = await h.client.listAgents(CHANGBAISHAN.accountId);
    expect(list.agents.find((a) => a.maskedName === '陈*')).toMatchObject({ status: 'expired' });
    expect(list.agents.find((a) => a.maskedName === '李**')).toMatchObject({ status: 'active' });
    const lapsed = await failure(async () =>
      h.client.addAgent(CHANGBAISHAN.accountId, {
        agent: liXiuyingAgent(),
        validFrom: '2026-07-10',
        validUntil: '2027-07-10',
        mayManageAgents: false,
        proof: { qrSessionId },
        initialPassword: await h.client.seal(AGENT_PASSWORD),
      }),
    );
    expect(lapsed).toMatchObject({ code: 'QR_SIGN_IN_REQUIRED' });
  });
});
