import { DEFAULT_SEAL_SCHEME } from '../../common/identityApi/sealedSecret';
import { iso, type OperationHandler, type OperationHandlers } from '../context';

const getServerKey: OperationHandler<'getServerKey'> = async (server) => () => ({
  status: 200,
  body: { keyId: server.keyPair.keyId, schemes: [DEFAULT_SEAL_SCHEME], publicKeyPem: server.keyPair.publicKeyPem, province: server.profile.id },
});

const sendHeartbeat: OperationHandler<'sendHeartbeat'> =
  async (server, { body, kioskId, now }) =>
  () => {
    server.db
      .prepare(
        'INSERT INTO heartbeats (kiosk_id, payload, received_at) VALUES (?, ?, ?) ON CONFLICT (kiosk_id) DO UPDATE SET payload = excluded.payload, received_at = excluded.received_at',
      )
      .run(kioskId, JSON.stringify(body), now);
    return { status: 200, body: { receivedAt: iso(now) } };
  };

export const kioskHandlers = { getServerKey, sendHeartbeat } satisfies Partial<OperationHandlers>;
