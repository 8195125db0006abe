import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { apiErrorCodes } from '../../common/identityApi/apiError';
import { ApiError } from '../apiError';
import type { Db } from '../database';
import { formatFamilies, PROMETHEUS_TEXT_TYPE } from './exposition';
import { fleetFamilies, latestHeartbeats } from './fleetMetrics';

export interface MetricsOptions {
  db: Db;
  kioskIds: readonly string[];
  clock: () => number;
  heartbeatStaleSeconds?: number;
  /** When set, a scrape must send `Authorization: Bearer <token>` (Prometheus' `authorization` setting). */
  token?: string;
}

function authorised(header: string | undefined, token: string): boolean {
  const given = Buffer.from(header ?? '');
  const wanted = Buffer.from(`Bearer ${token}`);
  return given.length === wanted.length && timingSafeEqual(given, wanted);
}

/** `GET /metrics`: the whole fleet for one Prometheus scrape; kiosks open no port of their own. */
export function serveMetrics(req: IncomingMessage, res: ServerResponse, options: MetricsOptions): void {
  if (options.token !== undefined && !authorised(req.headers.authorization, options.token)) {
    throw new ApiError(401, apiErrorCodes.authMissing, 'metrics need the bearer token');
  }
  const text = formatFamilies(fleetFamilies(latestHeartbeats(options.db, options.kioskIds), options.clock(), options.heartbeatStaleSeconds));
  res.writeHead(200, { 'content-type': PROMETHEUS_TEXT_TYPE, 'content-length': String(Buffer.byteLength(text)), 'cache-control': 'no-store' }).end(text);
}
