import { DEFAULT_SEAL_SCHEME } from '../../common/identityApi/sealedSecret';
import type { HeartbeatRequest } from '../../common/identityApi/heartbeat';
import { iso, type Handler } from '../context';

export const getServerKey: Handler = async (server) => () => ({
  status: 200,
  body: { keyId: server.keyPair.keyId, schemes: [DEFAULT_SEAL_SCHEME], publicKeyPem: server.keyPair.publicKeyPem, province: server.profile.id },
});

export const sendHeartbeat: Handler<HeartbeatRequest> = async (server, { body, kioskId, now }) => () => {
  server.db
    .prepare('INSERT INTO heartbeats (kiosk_id, payload, received_at) VALUES (?, ?, ?) ON CONFLICT (kiosk_id) DO UPDATE SET payload = excluded.payload, received_at = excluded.received_at')
    .run(kioskId, JSON.stringify(body), now);
  return { status: 200, body: { receivedAt: iso(now) } };
};
