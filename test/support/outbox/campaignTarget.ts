import { join } from 'node:path';
import Database from 'better-sqlite3';
import { createIdentityApiServer, type IdentityApiServer } from '../../../identity-api/server';
import { identityKiosk, type TargetKind } from './campaignItems';
import { ChaosServer, type Chaos, type ServerReport } from './chaosServer';

/** A server the crash harness can run kiosks against, restart, and audit afterwards. */
export interface CampaignTarget {
  readonly baseUrl: string;
  restart(): Promise<void>;
  stop(): Promise<void>;
  report(): ServerReport;
}

export async function startTarget(kind: TargetKind, dir: string, chaos: Chaos, random: () => number = Math.random): Promise<CampaignTarget> {
  if (kind === 'chaos') {
    const server = new ChaosServer(join(dir, 'server.db'), chaos, random);
    await server.start();
    return server;
  }
  return startIdentityTarget(join(dir, 'identity.sqlite'), chaos, random);
}

/** The identity engineer's reference server, with its own fault switches set to the same chaos. */
async function startIdentityTarget(dbPath: string, chaos: Chaos, random: () => number): Promise<CampaignTarget> {
  const faults = {
    errorRate: chaos.p503,
    tooManyRequestsRate: chaos.p429,
    retryAfterSeconds: chaos.retryAfterSeconds,
    dropAfterCommitRate: chaos.pDropAfterCommit,
  };
  const start = (port?: number): Promise<IdentityApiServer> =>
    createIdentityApiServer({
      dbPath,
      kiosks: { [identityKiosk.kioskId]: identityKiosk.secret },
      faults,
      passwordCost: 1024,
      rateLimitPerMinute: 1_000_000,
      random,
      ...(port ? { port } : {}),
    });
  let server = await start();
  const baseUrl = server.url;
  const port = Number(new URL(baseUrl).port);
  return {
    baseUrl,
    async restart() {
      await server.close();
      server = await start(port);
    },
    stop: () => server.close(),
    report: () => identityReport(dbPath),
  };
}

/**
 * Audits the reference server's database: appeals per logical id (carried in the remark), and
 * uploads that are incomplete or repeat a document of their appeal (orphans of a lost create).
 */
function identityReport(dbPath: string): ServerReport {
  const db = new Database(dbPath, { readonly: true });
  try {
    const appliedByLogical = new Map<string, number>();
    const rows = db.prepare(`SELECT json_extract(payload, '$.remark') AS logical, COUNT(*) AS n FROM appeals GROUP BY logical`).all() as Array<{
      logical: string;
      n: number;
    }>;
    for (const r of rows) appliedByLogical.set(r.logical, r.n);
    const count = (sql: string): number => db.prepare(sql).pluck().get() as number;
    const orphanUploads =
      count('SELECT COUNT(*) FROM uploads WHERE complete = 0') +
      count('SELECT COALESCE(SUM(n - 1), 0) FROM (SELECT COUNT(*) AS n FROM uploads GROUP BY appeal_id, document_type)') +
      count(`SELECT COUNT(*) FROM appeals WHERE status <> 'submitted'`);
    return {
      appliedByLogical,
      records: count(`SELECT COUNT(*) FROM appeals WHERE status = 'submitted'`),
      uploads: count('SELECT COUNT(*) FROM uploads'),
      orphanUploads,
      integrity: (db.pragma('integrity_check') as Array<{ integrity_check: string }>).map((r) => r.integrity_check).join('; '),
    };
  } finally {
    db.close();
  }
}
