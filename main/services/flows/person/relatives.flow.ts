import type { PersonHolder } from '../../../../common/contract/services/personFlows';
import { flowErrorCodes } from '../../../../common/errorCodes';
import { KioskError } from '../../../../common/errors';
import type { RelativeBinding } from '../../../../common/identityApi/relatives';
import { step } from '../core/flowErrors';
import { defineFlow, type FlowArg, type FlowClient, type FlowContext } from '../core/flowModule';
import { plainHolder } from '../core/identityChecks';
import { personReceipt } from '../core/receipts';
import { sessionSlot } from '../core/sessionProofs';
import { findPersonAccount } from './personAccount';

const client = ['lookupAccount', 'listRelatives', 'bindRelative', 'removeRelative'] as const;
type Ctx = FlowContext<FlowClient<(typeof client)[number]>>;

/** The holder signed in by card and face: every binding and removal is made on their account with that face. */
const holderSignedIn = sessionSlot<{ holder: PersonHolder; accountId: string; faceVerificationId: string }>('person.relativesHolder', {
  message: 'sign in with card and face first',
  field: 'holder',
});

const listView = (relatives: readonly RelativeBinding[]) =>
  relatives.map(({ bindingId, relation, maskedName, maskedIdNumber }) => ({ bindingId, relation, maskedName, maskedIdNumber }));

async function listOf(ctx: Ctx, accountId: string) {
  const { relatives } = await step(() => ctx.client.send('listRelatives', { params: { accountId } }));
  return listView(relatives);
}

async function signIn(ctx: Ctx, { holder, faceVerificationId }: FlowArg<'person', 'relativesSignIn'>) {
  const checked = ctx.identity.checkHolder(holder);
  const proof = ctx.proofs.requireFace(faceVerificationId, checked.idNumber);
  ctx.identity.requirePresented(checked);
  const summary = await findPersonAccount(ctx.client, checked);
  ctx.proofs.set(holderSignedIn, { holder: plainHolder(checked), accountId: summary.accountId, faceVerificationId: proof });
  return { maskedName: summary.maskedName, relatives: await listOf(ctx, summary.accountId) };
}

/**
 * The relative must be present: their card read in this session (never typed, not even by staff)
 * and not the holder's own. Under 16 by the card's birth date, no face is asked.
 */
function checkRelative(ctx: Ctx, relative: FlowArg<'person', 'checkRelative'>['relative']) {
  const signed = ctx.proofs.require(holderSignedIn);
  if (relative.source !== 'card') throw new KioskError(flowErrorCodes.manualEntryNotAllowed, 'a relative is bound with their card only', 'relative');
  const checked = ctx.identity.checkIdentity(relative, 'relative', { validity: 'byAge' });
  if (checked.holder.idType === signed.holder.idType && checked.holder.idNumber === signed.holder.idNumber) {
    throw new KioskError('RELATIVE_IS_SELF', 'the holder cannot bind themselves', 'relative.idNumber');
  }
  return { signed, relative: checked };
}

/** The checks of `checkRelative` again, then the relative's own matched face when 16 or over. */
async function bindRelative(ctx: Ctx, { relation, relative, relativeFaceVerificationId }: FlowArg<'person', 'bindRelative'>) {
  const { signed, relative: checked } = checkRelative(ctx, relative);
  const relativeFace = checked.minor ? undefined : ctx.proofs.requireFace(relativeFaceVerificationId, checked.holder.idNumber);
  await step(() =>
    ctx.client.send('bindRelative', {
      params: { accountId: signed.accountId },
      body: {
        relation,
        relative: plainHolder(checked.holder),
        faceVerificationId: signed.faceVerificationId,
        ...(relativeFace ? { relativeFaceVerificationId: relativeFace } : {}),
      },
    }),
  );
  ctx.log.info('relative bound', { relation, minor: checked.minor });
  return { receipt: personReceipt(ctx.clock, 'relativeBinding', signed.holder), relatives: await listOf(ctx, signed.accountId) };
}

async function removeRelative(ctx: Ctx, { bindingId }: FlowArg<'person', 'removeRelative'>) {
  const signed = ctx.proofs.require(holderSignedIn);
  await step(() =>
    ctx.client.send('removeRelative', { params: { accountId: signed.accountId }, body: { bindingId, faceVerificationId: signed.faceVerificationId } }),
  );
  ctx.log.info('relative binding removed');
  return { relatives: await listOf(ctx, signed.accountId) };
}

/** Relatives (亲属代办): the holder signs in by card and face, then binds a relative present with them, lists and removes bindings. Online only. */
export default defineFlow({
  name: 'person.relatives',
  service: 'person',
  methods: ['relativesSignIn', 'checkRelative', 'bindRelative', 'removeRelative'],
  client,
  create: (ctx) => ({
    relativesSignIn: (arg) => signIn(ctx, arg),
    checkRelative: async ({ relative }) => ({ faceRequired: !checkRelative(ctx, relative).relative.minor }),
    bindRelative: (arg) => bindRelative(ctx, arg),
    removeRelative: (arg) => removeRelative(ctx, arg),
  }),
});
