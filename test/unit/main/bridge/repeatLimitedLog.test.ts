import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { KioskHandlers } from '../../../../common/contract/kioskApi';
import { createDispatcher } from '../../../../main/bridge/callDispatcher';
import { createRepeatLimitedWarn } from '../../../../main/bridge/repeatLimitedLog';
import { createKioskLogger } from '../../../../main/services/log/kioskLogger';
import { createLogger } from '../../../../main/services/log/logger';

/** Handlers that are never reached: every call below fails argument validation first. */
const unreachable = new Proxy({}, { get: () => new Proxy({}, { get: () => () => Promise.reject(new Error('not reached')) }) }) as KioskHandlers;

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('repeat-limited warnings', () => {
  it('writes a few lines per window, then counts, and says how many were left out', () => {
    let now = 0;
    const lines: Array<Record<string, unknown>> = [];
    const warn = createRepeatLimitedWarn(createLogger({ write: (l) => lines.push(JSON.parse(l) as Record<string, unknown>) }), {
      linesPerWindow: 3,
      windowMs: 1000,
      now: () => now,
    });
    for (let i = 0; i < 100; i += 1) warn('bridge call rejected', { i });
    warn('other message');
    expect(lines.map((l) => l.i ?? l.msg)).toEqual([0, 1, 2, 'other message']);
    now = 1000;
    warn('bridge call rejected', { i: 100 });
    expect(lines.at(-1)).toMatchObject({ i: 100, suppressedRepeats: 97 });
  });

  it('keeps a wrong-PIN line in a size-capped log through a flood of 20,000 invalid calls', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'kiosk-log-'));
    dirs.push(dataDir);
    const { log, sink } = createKioskLogger({ dataDir, level: 'info', bindings: {}, stderr: false, file: { maxBytes: 64 * 1024, maxFiles: 2 } });
    log.child({ component: 'staff' }).warn('wrong staff secret', { failures: 1, field: 'pin' });
    const dispatch = createDispatcher(unreachable, log.child({ component: 'bridge' }));
    for (let i = 0; i < 20_000; i += 1) {
      const outcome = await dispatch('session.end', { reason: `flood-${i}` }, { transport: 'websocket' });
      expect(outcome.ok).toBe(false);
    }
    sink.close();
    const text = sink
      .files()
      .map((file) => {
        try {
          return readFileSync(file, 'utf8');
        } catch {
          return '';
        }
      })
      .join('');
    expect(text).toContain('wrong staff secret');
    expect(text.split('bridge call rejected').length - 1).toBeLessThanOrEqual(5);
  });
});
