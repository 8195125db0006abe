import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { provinceIds, getProvinceProfile, type ProvinceId } from '../../../../../../common/profiles';
import { TINY_JPEG } from '../../../../../fixtures/documents/makeDocuments';
import { chenJing, enterprises, holderOf, identityOf, liuYang, liXiuying, zhangWei, zhaoQiang } from './support';
import { startProvinceRuntime, windowFromToday, type ProvinceRuntime } from './runtimeSupport';

/** A password every profile accepts (Tibet: 6–15; the others 8–16; two kinds at least). */
const PASSWORD = 'Kiosk#2025m';

type FlowWalk = (k: ProvinceRuntime, province: ProvinceId) => Promise<void>;

/** The account name where the province has chosen names; none in Tibet. */
function accountNameFor(province: ProvinceId, name: string): { accountName?: string } {
  return getProvinceProfile(province).accountName.kind === 'none' ? {} : { accountName: name };
}

async function faceOf(k: ProvinceRuntime, p: typeof zhangWei): Promise<string> {
  const face = await k.value<{ result: string; verificationId: string }>('enterprise.verifyFace', { holder: holderOf(p), capture: await k.liveCapture() });
  expect(face.result).toBe('match');
  return face.verificationId;
}

/** Every enterprise flow, walked to its result as a citizen at that province's kiosk would. */
const walks: Record<string, FlowWalk> = {
  async registration(k, province) {
    const rep = identityOf(zhaoQiang, k.present(zhaoQiang));
    expect(await k.value('enterprise.checkRegistration', { enterprise: enterprises.beifang, legalRepresentative: rep })).toEqual({ inRegistry: true });
    const smsChallengeId = await k.sms('enterprise', { purpose: 'registration', phone: '13644440101' }, '13644440101');
    const faceVerificationId = await faceOf(k, zhaoQiang);
    const receipt = await k.value('enterprise.register', {
      enterprise: enterprises.beifang,
      legalRepresentative: rep,
      phone: '13644440101',
      ...accountNameFor(province, 'beifang01'),
      password: PASSWORD,
      smsChallengeId,
      faceVerificationId,
    });
    expect(receipt).toMatchObject({ service: 'enterpriseRegistration', accountStatus: 'active' });
  },

  async activation(k, province) {
    expect(await k.value('enterprise.findPendingEnterprise', { uscc: enterprises.xueyu.uscc, legalRepresentative: holderOf(liXiuying) })).toMatchObject({
      maskedPhone: '139****0002',
    });
    const smsChallengeId = await k.sms('enterprise', { purpose: 'activation' }, '13900000002');
    const receipt = await k.value('enterprise.activate', { ...accountNameFor(province, 'xueyu001'), password: PASSWORD, smsChallengeId });
    expect(receipt).toMatchObject({ service: 'enterpriseActivation', accountStatus: 'active' });
  },

  async forgotPassword(k, province) {
    const found = await k.value<{ faceRequired: boolean; smsRequired: boolean }>('enterprise.findForPasswordReset', {
      legalAccount: enterprises.changbaishan.uscc,
      legalRepresentative: holderOf(zhangWei),
    });
    const rule = getProvinceProfile(province).forgotPassword.enterprise;
    expect(found.faceRequired).toBe(rule.face === 'fixed');
    expect(found.faceRequired || found.smsRequired).toBe(true);
    const faceVerificationId = found.faceRequired ? await faceOf(k, zhangWei) : undefined;
    const smsChallengeId = found.smsRequired ? await k.sms('enterprise', { purpose: 'passwordReset' }, '13800000001') : undefined;
    // What the province requires cannot be left out.
    if (found.faceRequired)
      expect(await k.refusal('enterprise.resetPassword', { newPassword: PASSWORD, smsChallengeId })).toMatchObject({ field: 'faceVerificationId' });
    if (found.smsRequired)
      expect(await k.refusal('enterprise.resetPassword', { newPassword: PASSWORD, faceVerificationId })).toMatchObject({ field: 'smsChallengeId' });
    const receipt = await k.value('enterprise.resetPassword', { newPassword: PASSWORD, smsChallengeId, faceVerificationId });
    expect(receipt).toMatchObject({ service: 'enterprisePasswordReset' });
  },

  async appeal(k) {
    const checked = await k.value<{ requiredDocuments: string[] }>('enterprise.checkAppealIdentity', {
      type: 'assisted_registration',
      filer: 'legal_representative',
      legalAccount: null,
      agentFaceVerificationId: null,
      enterprise: enterprises.beifang,
      legalRepresentative: identityOf(zhaoQiang, k.present(zhaoQiang)),
      agent: null,
      phone: '13655550101',
    });
    const smsChallengeId = await k.sms('enterprise', { purpose: 'appeal', phone: '13655550101' }, '13655550101');
    const documents: string[] = [];
    for (const documentType of checked.requiredDocuments) {
      const view = await k.value<{ documentId: string }>('enterprise.addCapturedDocument', { documentType, jpegBase64: TINY_JPEG.toString('base64') });
      documents.push(view.documentId);
    }
    expect(await k.value('enterprise.submitAppeal', { smsChallengeId, documents, remark: '' })).toMatchObject({ service: 'appeal', queued: true });
  },

  async phoneChange(k) {
    const legalRepresentative = identityOf(zhangWei, k.present(zhangWei));
    const faceVerificationId = await faceOf(k, zhangWei);
    await k.value('enterprise.startEnterprisePhoneChange', { uscc: enterprises.changbaishan.uscc, legalRepresentative, faceVerificationId });
    const smsChallengeId = await k.sms('enterprise', { purpose: 'phoneChange', phone: '13600004444' }, '13600004444');
    expect(await k.value('enterprise.changeEnterprisePhone', { newPhone: '13600004444', smsChallengeId })).toMatchObject({
      service: 'enterprisePhoneChange',
      maskedPhone: '136****4444',
    });
  },

  async agreementAndRealName(k) {
    const legalRepresentative = identityOf(zhangWei, k.present(zhangWei));
    const faceVerificationId = await faceOf(k, zhangWei);
    const signedIn = await k.value<{ agreement: { currentVersion: string } }>('enterprise.enterpriseServicesSignIn', {
      uscc: enterprises.changbaishan.uscc,
      legalRepresentative,
      faceVerificationId,
    });
    expect(await k.value('enterprise.signEnterpriseAgreement', { version: signedIn.agreement.currentVersion })).toMatchObject({
      service: 'enterpriseAgreement',
    });
    expect(await k.value('enterprise.upgradeEnterpriseRealName')).toMatchObject({ service: 'enterpriseRealName' });
  },

  async agentRegistration(k) {
    const agent = identityOf(liuYang, k.present(liuYang));
    const faceVerificationId = await faceOf(k, liuYang);
    const receipt = await k.value('enterprise.registerAgent', {
      uscc: enterprises.changbaishan.uscc,
      region: '拉萨市城关区',
      agent,
      sex: 'male',
      ethnicity: '汉族',
      phone: '13655558888',
      // The reserved phone the phone-change walk (run before this one) bound.
      legalRepresentativePhone: '13600004444',
      faceVerificationId,
      password: PASSWORD,
    });
    expect(receipt).toMatchObject({ service: 'agentRegistration' });
  },

  async agentsByFace(k) {
    const faceVerificationId = await faceOf(k, zhangWei);
    const signedIn = await k.value<{ agents: Array<{ agentId: string; status: string }> }>('enterprise.agentsSignIn', {
      uscc: enterprises.changbaishan.uscc,
      proof: { kind: 'face', legalRepresentative: holderOf(zhangWei), faceVerificationId },
    });
    expect(signedIn.agents).toContainEqual(expect.objectContaining({ agentId: 'G-SEED-LIXIUYING', status: 'pending' }));
    const window = windowFromToday(1);
    expect(await k.value('enterprise.approveAgent', { agentId: 'G-SEED-LIXIUYING', ...window, mayManageAgents: true })).toMatchObject({ status: 'active' });
    expect(await k.value('enterprise.addAgent', { agent: holderOf(chenJing), ...window, mayManageAgents: false, initialPassword: PASSWORD })).toMatchObject({
      status: 'active',
    });
  },

  async agentsByQr(k, province) {
    const started = await k.value<{ appName: string }>('enterprise.qrStart', {});
    expect(started.appName).toBe(getProvinceProfile(province).qrSignInApps[0]!.name);
    await k.value('enterprise.qrDemoConfirm', { idNumber: zhangWei.idNumber });
    expect(await k.value('enterprise.qrPoll')).toMatchObject({ status: 'confirmed' });
    const signedIn = await k.value<{ agents: unknown[] }>('enterprise.agentsSignIn', { uscc: enterprises.changbaishan.uscc, proof: { kind: 'qr' } });
    expect(signedIn.agents.length).toBeGreaterThan(0);
  },
};

describe.each(provinceIds.map((p) => [p]))('every enterprise flow at a %s kiosk, against the reference identity API', (province) => {
  let k: ProvinceRuntime;
  beforeAll(async () => {
    k = await startProvinceRuntime(province);
  }, 30_000);
  afterEach(async () => {
    await k.endSession();
  });
  afterAll(async () => {
    await k.cleanup();
  });

  it.each(Object.keys(walks).map((w) => [w]))('%s', async (walk) => {
    await walks[walk]!(k, province);
  });
});
