import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openCrashJournal } from '../../../../../main/services/fleet/crashJournal';
import { createRendererErrorSink } from '../../../../../main/services/fleet/rendererErrors';
import { createLogger } from '../../../../../main/services/log/logger';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('renderer error sink', () => {
  it('logs at most the limit per minute, then says how many it dropped', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'sink-'));
    dirs.push(dir);
    const lines: Array<Record<string, unknown>> = [];
    let now = 1_000_000;
    const journal = openCrashJournal(dir);
    const sink = createRendererErrorSink({
      log: createLogger({ write: (l) => lines.push(JSON.parse(l) as Record<string, unknown>) }),
      journal,
      perMinute: 3,
      now: () => now,
    });
    const results = Array.from({ length: 10 }, (_, i) => sink({ kind: 'error', message: `loop ${i}` }).logged);
    expect(results).toEqual([true, true, true, false, false, false, false, false, false, false]);
    expect(journal.last()?.count).toBe(3);
    now += 60_000;
    expect(sink({ kind: 'vue', message: 'after a minute' }).logged).toBe(true);
    expect(lines.map((l) => l.dropped)).toEqual([0, 0, 0, 7]);
  });
});
