import { registerPersonRequestSchema } from '../../../../common/identityApi/registration';
import { defineOutboxKind } from './outboxKind';

/** A person registration the server finishes later: the registerPerson body, its password already sealed. */
export const registerPersonKind = defineOutboxKind({
  kind: 'registerPerson',
  schema: registerPersonRequestSchema,
  staffLabel: 'person.receipt.services.registration',
  client: ['registerPerson'],
  async send(client, payload, record) {
    await client.registerPerson(payload, { idempotencyKey: record.idempotencyKey });
  },
});
