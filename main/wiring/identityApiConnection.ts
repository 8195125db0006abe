import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { maskPhone } from '../../common/domain/mask';
import { createIdentityApiServer } from '../../identity-api/server';
import { writeFileDurably } from '../services/crypto/durableFile';
import type { LoadedHallConfig } from '../services/config/loadHallConfig';
import { createIdentityClient, loadGatewayTrust, type IdentityClient } from '../services/identity';
import type { Logger } from '../services/log/logger';

export interface IdentityApiConnection {
  client: IdentityClient;
  /** Origin the kiosk may talk to (the request filter allows it). */
  origin: string;
  /** Demo/training only: the embedded reference server's base URL. */
  embeddedUrl?: string;
  stop(): Promise<void>;
}

/** What the embedded reference server "sent" by SMS, for the demo notice (demo and training kiosks only). */
export interface DemoSms {
  maskedPhone: string;
  code: string;
}

export interface IdentityApiConnectionOptions {
  /** Called for every code the embedded server sends; never called against a real gateway. */
  onDemoSms?: (sms: DemoSms) => void;
}

/** The demo kiosk's signing secret: made once per data directory, kept 0600 beside the database. */
function demoSecret(dataDir: string): string {
  const file = path.join(dataDir, 'demo-kiosk.secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  const secret = randomBytes(32).toString('base64url');
  writeFileDurably(file, secret, 0o600);
  return secret;
}

/**
 * Connects the kiosk to its identity API: the province gateway from the config, or in demo mode
 * the reference server started on loopback with its own database in the data directory.
 */
export async function connectIdentityApi(loaded: LoadedHallConfig, log: Logger, options: IdentityApiConnectionOptions = {}): Promise<IdentityApiConnection> {
  const { config } = loaded;
  const logger = log.child({ component: 'identity' });
  if (config.identityApi.baseUrl === 'embedded') {
    const secret = demoSecret(loaded.dataDir);
    const server = await createIdentityApiServer({
      dbPath: path.join(loaded.dataDir, 'identity-api.sqlite'),
      kiosks: { [config.kioskId]: secret },
      host: '127.0.0.1',
      port: 0,
      province: config.province,
      dev: true,
    });
    const { onDemoSms } = options;
    const client = createIdentityClient({
      baseUrl: server.url,
      kioskId: config.kioskId,
      secret,
      timeoutMs: config.identityApi.timeoutMs,
      logger,
      // A trainee has no phone that receives the demo codes: the status bar shows what would have been sent.
      ...(onDemoSms && {
        onResponse: ({ operationId, status, body }) => {
          if (operationId !== 'createSmsChallenge' || status !== 201) return;
          const sent = server.outbox.sent((body as { challengeId: string }).challengeId);
          if (sent) onDemoSms({ maskedPhone: maskPhone(sent.phone), code: sent.code });
        },
      }),
    });
    logger.info('embedded reference identity API started', { url: server.url });
    return { client, origin: new URL(server.url).origin, embeddedUrl: server.url, stop: () => server.close() };
  }
  const secretFile = config.identityApi.kioskSecretFile;
  const secret = secretFile ? readFileSync(path.resolve(loaded.baseDir, secretFile), 'utf8').trim() : '';
  const client = createIdentityClient({
    baseUrl: config.identityApi.baseUrl,
    kioskId: config.kioskId,
    secret,
    timeoutMs: config.identityApi.timeoutMs,
    trust: loadGatewayTrust(config.identityApi, loaded.baseDir),
    logger,
  });
  return { client, origin: new URL(config.identityApi.baseUrl).origin, stop: async () => undefined };
}
