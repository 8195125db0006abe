import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getProvinceProfile } from '../../../../../../common/profiles';
import { startHarness, type Harness } from '../../../../identity-api/harness';
import { capture, ctx, enterprises, holderOf, identityOf, liuYang, refusal, setup, zhangWei, zhaoQiang } from './support';

/** Tibet's agent registration (我是代理人) against the reference identity API: pending until the legal representative decides. */
describe('agent registration on a Tibet kiosk', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness({ province: 'tibet' });
  });
  afterEach(async () => {
    expect(h.validator.failures).toEqual([]);
    await h.close();
  });

  const tibet = () => ({ profile: getProvinceProfile('tibet') });

  async function register(s: ReturnType<typeof setup>, who: typeof liuYang, phone: string, legalRepresentativePhone = '13800000001') {
    const agent = identityOf(who, s.present(who));
    const face = await s.enterprise.verifyFace({ holder: holderOf(who), capture }, ctx);
    return s.enterprise.registerAgent(
      {
        uscc: enterprises.changbaishan.uscc,
        region: '拉萨市城关区',
        agent,
        sex: 'male',
        ethnicity: '汉族',
        phone,
        legalRepresentativePhone,
        faceVerificationId: face.verificationId!,
        password: 'Lhasa#2025',
      },
      ctx,
    );
  }

  async function signInAsLegalRepresentative(s: ReturnType<typeof setup>) {
    const face = await s.enterprise.verifyFace({ holder: holderOf(zhangWei), capture }, ctx);
    return s.enterprise.agentsSignIn(
      { uscc: enterprises.changbaishan.uscc, proof: { kind: 'face', legalRepresentative: holderOf(zhangWei), faceVerificationId: face.verificationId! } },
      ctx,
    );
  }

  it('registers the agent pending; the legal representative approves', async () => {
    const s = setup(h, tibet());
    expect(await refusal(register(s, liuYang, '13655556666', '13800009999'))).toMatchObject({ code: 'LEGAL_REPRESENTATIVE_PHONE_MISMATCH' });
    const receipt = await register(s, liuYang, '13655556666');
    expect(receipt).toMatchObject({ service: 'agentRegistration', maskedName: '刘*', maskedPhone: '136****6666' });
    expect(await refusal(register(s, liuYang, '13655556666'))).toMatchObject({ code: 'AGENT_ALREADY_ADDED' });

    s.endSession();
    const signedIn = await signInAsLegalRepresentative(s);
    const pending = signedIn.agents.find((a) => a.maskedName === '刘*');
    expect(pending).toMatchObject({ status: 'pending', maskedPhone: '136****6666' });
    expect(
      await s.enterprise.approveAgent({ agentId: pending!.agentId, validFrom: '2025-06-01', validUntil: '2026-05-31', mayManageAgents: false }, ctx),
    ).toMatchObject({
      status: 'active',
    });
  });

  it('registers the agent pending; the legal representative rejects', async () => {
    const s = setup(h, tibet());
    await register(s, zhaoQiang, '13655557777');
    s.endSession();
    const signedIn = await signInAsLegalRepresentative(s);
    const pending = signedIn.agents.find((a) => a.maskedName === '赵*');
    expect(pending).toMatchObject({ status: 'pending' });
    expect(await s.enterprise.rejectAgent({ agentId: pending!.agentId }, ctx)).toEqual({ rejected: true });
    expect((await h.client.listAgents('E-CHANGBAISHAN')).agents.find((a) => a.agentId === pending!.agentId)).toBeUndefined();
  });
});
