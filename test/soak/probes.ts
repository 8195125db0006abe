import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { CDPSession } from '@playwright/test';

/** What one sample holds: the renderer after a forced GC, the services process, the data directory's SQLite files. */
export interface SoakSample {
  sessions: number;
  at: string;
  heapUsedBytes: number;
  domNodes: number;
  jsEventListeners: number;
  documents: number;
  servicesRssBytes: number;
  servicesOpenFds: number;
  kioskDbBytes: number;
  kioskWalBytes: number;
  identityApiDbBytes: number;
  identityApiWalBytes: number;
}

/**
 * The services process of a browser-shell kiosk: the one started with this data directory in its
 * environment (the shell helper keeps the child to itself, and the soak must not change it).
 */
export function findServicesPid(dataDir: string): number {
  const wanted = `KIOSK_DATA_DIR=${dataDir}`;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const environ = readFileSync(`/proc/${entry}/environ`, 'latin1').split('\0');
      const cmdline = readFileSync(`/proc/${entry}/cmdline`, 'latin1');
      if (environ.includes(wanted) && cmdline.includes('launch.js')) return Number(entry);
    } catch {
      // A process that ended or is not ours while the list was read.
    }
  }
  throw new Error(`no kiosk process with ${wanted}`);
}

function rssBytes(pid: number): number {
  const line = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  if (!line?.[1]) throw new Error(`no VmRSS for ${pid}`);
  return Number(line[1]) * 1024;
}

const sizeOf = (file: string): number => {
  try {
    return statSync(file).size;
  } catch {
    return 0;
  }
};

/** The kiosk's own database is the SQLite file in the data directory that is not the reference API's. */
function kioskDbFile(dataDir: string): string {
  const candidates = readdirSync(dataDir).filter((f) => /\.(sqlite|db)$/.test(f) && f !== 'identity-api.sqlite');
  if (candidates.length !== 1) throw new Error(`expected one kiosk database in ${dataDir}, found ${candidates.join(', ') || 'none'}`);
  return path.join(dataDir, candidates[0] as string);
}

export async function takeSample(cdp: CDPSession, servicesPid: number, dataDir: string, sessions: number): Promise<SoakSample> {
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = await cdp.send('Runtime.getHeapUsage');
  const dom = await cdp.send('Memory.getDOMCounters');
  const kioskDb = kioskDbFile(dataDir);
  const apiDb = path.join(dataDir, 'identity-api.sqlite');
  return {
    sessions,
    at: new Date().toISOString(),
    heapUsedBytes: heap.usedSize,
    domNodes: dom.nodes,
    jsEventListeners: dom.jsEventListeners,
    documents: dom.documents,
    servicesRssBytes: rssBytes(servicesPid),
    servicesOpenFds: readdirSync(`/proc/${servicesPid}/fd`).length,
    kioskDbBytes: sizeOf(kioskDb),
    kioskWalBytes: sizeOf(`${kioskDb}-wal`),
    identityApiDbBytes: sizeOf(apiDb),
    identityApiWalBytes: sizeOf(`${apiDb}-wal`),
  };
}
