import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { z } from 'zod';
import { provinceIdSchema } from '../common/profiles';
import { createIdentityApiServer } from './server';

/**
 * `npx tsx identity-api/main.ts` — PORT, HOST, DB (SQLite path), PROVINCE, KIOSKS ("id:secret,…")
 * DEV=1 (development endpoints), METRICS_TOKEN (bearer token for GET /metrics) and
 * HEARTBEAT_STALE_SECONDS (silence after which /metrics reports a kiosk down) from the environment.
 */
const env = z
  .object({
    PORT: z.coerce.number().int().min(0).max(65535).default(8787),
    HOST: z.string().default('127.0.0.1'),
    DB: z.string().default('.kiosk-data/identity-api.sqlite'),
    PROVINCE: provinceIdSchema.default('jilin'),
    KIOSKS: z.string().default('kiosk-dev:dev-secret-change-me'),
    DEV: z.enum(['0', '1']).default('0'),
    METRICS_TOKEN: z.string().min(16).optional(),
    HEARTBEAT_STALE_SECONDS: z.coerce.number().int().min(60).max(86_400).default(900),
  })
  .parse(process.env);

const kiosks = Object.fromEntries(
  env.KIOSKS.split(',').map((pair) => {
    const at = pair.indexOf(':');
    if (at < 1) throw new Error(`KIOSKS entry "${pair}" is not id:secret`);
    return [pair.slice(0, at), pair.slice(at + 1)];
  }),
);

mkdirSync(dirname(env.DB), { recursive: true });
const server = await createIdentityApiServer({
  dbPath: env.DB,
  port: env.PORT,
  host: env.HOST,
  province: env.PROVINCE,
  kiosks,
  dev: env.DEV === '1',
  ...(env.METRICS_TOKEN ? { metricsToken: env.METRICS_TOKEN } : {}),
  heartbeatStaleSeconds: env.HEARTBEAT_STALE_SECONDS,
});
process.stdout.write(`identity-api listening on ${server.url} (province ${env.PROVINCE}${env.DEV === '1' ? ', dev endpoints on' : ''})\n`);
const stop = (): void => void server.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
