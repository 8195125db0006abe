import { appealDocumentTypes, type AppealDocumentType } from '../../../../common/contract/services/enterpriseFlows';
import { maskEnterpriseName, maskName, maskPhone, maskUscc } from '../../../../common/domain/mask';
import { flowErrorCodes } from '../../../../common/errorCodes';
import { KioskError } from '../../../../common/errors';
import type { CreateAppealRequest } from '../../../../common/identityApi/appeals';
import { appealKind } from '../../sync/kinds/appealKind';
import type { IdentityClient } from '../../identity';
import { checkPhone } from '../core/credentialChecks';
import { isUnavailable, stepMissing } from '../core/flowErrors';
import { defineFlow, type FlowArg, type FlowContext } from '../core/flowModule';
import { enterpriseReceipt } from '../core/receipts';
import { sessionSlot } from '../core/sessionProofs';
import { appealAttachments, appealDocumentHandlers } from './appealDocuments';
import { appealLegalAccount, appealPeople } from './appealFiler';
import { checkEnterprise } from './enterpriseAccounts';

const client = ['lookupEnterprise'] as const;
type Ctx = FlowContext<Pick<IdentityClient, (typeof client)[number]>>;

interface AppealIdentity {
  request: Omit<CreateAppealRequest, 'smsChallengeId' | 'remark'>;
  required: AppealDocumentType[];
}

/** The checked identity step of the appeal, until it is submitted. */
const appealIdentity = sessionSlot<AppealIdentity>('enterprise.appeal', { message: 'identity step first' });

function checkAppealIdentity(ctx: Ctx, arg: FlowArg<'enterprise', 'checkAppealIdentity'>) {
  const company = checkEnterprise(arg.enterprise);
  const accountName = appealLegalAccount(arg);
  const { legalRepresentative, agent } = appealPeople(ctx, arg);
  const phone = checkPhone(arg.phone);
  // The agent's materials and the authorisation letter only when an agent files it.
  const required: AppealDocumentType[] = appealDocumentTypes.filter((d) => agent || (!d.startsWith('agent') && d !== 'authorisation_letter'));
  const request = {
    type: arg.type,
    enterprise: { ...company, ...(accountName ? { accountName } : {}) },
    legalRepresentative,
    ...(agent ? { agent } : {}),
    phone,
  };
  ctx.proofs.set(appealIdentity, { request, required });
  return { requiredDocuments: required };
}

/**
 * The appeal may go without the SMS check only while the identity API cannot answer, and main sees
 * that for itself: it asks the API now rather than trusting the page's word that the link is down.
 */
async function requireIdentityApiDown(ctx: Ctx, uscc: string): Promise<void> {
  try {
    await ctx.client.lookupEnterprise(uscc);
  } catch (error) {
    if (isUnavailable(error)) return;
  }
  throw stepMissing('the identity API answers: verify the phone by SMS', 'smsChallengeId');
}

async function submitAppeal(ctx: Ctx, { smsChallengeId, documents: ids, remark }: FlowArg<'enterprise', 'submitAppeal'>) {
  const appeal = ctx.proofs.require(appealIdentity);
  const queue = ctx.queue(appealKind);
  if (!queue) throw new KioskError(flowErrorCodes.unavailable, 'no outbox for appeals');
  // The SMS check is online only: offline, the package is queued without it and staff confirm the phone.
  const sms =
    smsChallengeId === null ? undefined : ctx.proofs.requireSms(smsChallengeId, { service: 'enterprise', purpose: 'appeal', phone: appeal.request.phone });
  const attachments = appealAttachments(ctx.documents, ids, appeal.required);
  if (!sms) await requireIdentityApiDown(ctx, appeal.request.enterprise.uscc);
  const text = remark.trim();
  const request: CreateAppealRequest = { ...appeal.request, ...(sms ? { smsChallengeId: sms } : {}), ...(text ? { remark: text } : {}) };
  // Resolves only after the outbox committed the encrypted package.
  const { itemId } = await queue.enqueue(request, attachments);
  const bytes = attachments.reduce((n, a) => n + a.data.length, 0);
  ctx.log.info('appeal queued', { documents: attachments.length, bytes, sms: Boolean(sms) });
  for (const id of ids) ctx.documents.remove(id);
  ctx.proofs.clear(appealIdentity);
  const { enterprise, legalRepresentative, phone } = appeal.request;
  const receipt = enterpriseReceipt(ctx.clock, 'appeal', {
    queued: true,
    maskedEnterpriseName: maskEnterpriseName(enterprise.enterpriseName),
    maskedUscc: maskUscc(enterprise.uscc),
    maskedName: maskName(legalRepresentative.name),
    maskedPhone: maskPhone(phone),
  });
  return { ...receipt, outboxItemId: itemId };
}

/** Enterprise account appeal: identity, materials from a drive or the document camera, queued for the sender. */
export default defineFlow({
  name: 'enterprise.appeal',
  service: 'enterprise',
  methods: [
    'checkAppealIdentity',
    'listDrives',
    'listDriveFiles',
    'importDriveFile',
    'addCapturedDocument',
    'removeDocument',
    'appealSettings',
    'submitAppeal',
  ],
  client,
  sms: [{ purpose: 'appeal', apiPurpose: 'appeal', target: 'typedPhone' }],
  queues: appealKind,
  create: (ctx) => ({
    ...appealDocumentHandlers(ctx),
    checkAppealIdentity: (arg) => checkAppealIdentity(ctx, arg),
    appealSettings: () => ({ templateUrl: ctx.settings.appealTemplateUrl, documentCameraLabel: ctx.settings.documentCameraLabel }),
    submitAppeal: (arg) => submitAppeal(ctx, arg),
  }),
});
