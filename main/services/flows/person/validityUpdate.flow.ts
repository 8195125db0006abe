import { KioskError } from '../../../../common/errors';
import { step } from '../core/flowErrors';
import { defineFlow } from '../core/flowModule';
import { plainHolder } from '../core/identityChecks';
import { personReceipt } from '../core/receipts';

const client = ['updateValidity'] as const;

/** Card renewal: the account's validity dates become those of the card laid on the reader, after a matched face. */
export default defineFlow({
  name: 'person.validityUpdate',
  service: 'person',
  methods: ['updateValidity'],
  client,
  create: (ctx) => ({
    updateValidity: async ({ identity, faceVerificationId }) => {
      // By age, so that an under-16 card (which has no dates) gets its own refusal below rather than a form-field code.
      const { holder, validity } = ctx.identity.checkIdentity(identity, 'identity', { validity: 'byAge' });
      if (!validity) throw new KioskError('NO_VALIDITY_PERIOD', 'the document has no validity period to take over', 'identity.validity');
      const proof = ctx.proofs.requireFace(faceVerificationId, holder.idNumber);
      await step(() => ctx.client.send('updateValidity', { body: { holder: plainHolder(holder), validity, faceVerificationId: proof } }));
      ctx.log.info('validity updated', { longTerm: validity.end === 'long-term' });
      return personReceipt(ctx.clock, 'validityUpdate', holder, { validity });
    },
  }),
});
