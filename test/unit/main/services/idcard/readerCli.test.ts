import { execFile } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { SamSimulator } from '../../../../../main/services/idcard/simulator/samSimulator';
import { sampleCard } from '../../../../../main/services/idcard/simulator/sampleCards';
import { serveSimulatorOverTcp } from '../../../../../main/services/idcard/simulator/tcpSimulatorServer';

const cli = (...args: string[]): Promise<{ code: number; out: string }> =>
  new Promise((resolve) => {
    execFile(process.execPath, ['--import', 'tsx', 'main/tools/readerCli.ts', ...args], (error, stdout) => {
      resolve({ code: error ? Number(error.code ?? 1) : 0, out: stdout });
    });
  });

let cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups) await c();
  cleanups = [];
});

describe('reader CLI', () => {
  it('decodes a recorded read reply with personal fields masked, and reveals on request', async () => {
    const masked = await cli('decode', 'test/fixtures/idcard/resident-long-term.read-reply.hex');
    expect(masked.code).toBe(0);
    const json = JSON.parse(masked.out);
    expect(json.card).toMatchObject({ kind: 'resident', name: '测**', validLongTerm: true, idNumber: '6501************29' });
    expect(masked.out).not.toContain('测试乙');
    const revealed = JSON.parse((await cli('decode', 'test/fixtures/idcard/resident-long-term.read-reply.hex', '--reveal')).out);
    expect(revealed.card.name).toBe('测试乙');
  });

  it('exits 2 with a precise reason on a bad frame', async () => {
    const bad = await cli('decode', 'AA AA AA 96 69 00 08 00 00 9F 00 00');
    expect(bad.code).toBe(2);
    expect(JSON.parse(bad.out).error).toEqual({ code: 'idcard.frame-truncated', message: 'length field says 15 bytes in all, got 12' });
  });

  it('reports status and reads a card from a network reader', async () => {
    const sim = new SamSimulator();
    const server = await serveSimulatorOverTcp(sim);
    cleanups.push(() => server.close());
    const status = await cli('status', '--tcp', `127.0.0.1:${server.port}`);
    expect(JSON.parse(status.out)).toEqual({
      ok: true,
      reader: `tcp:127.0.0.1:${server.port}`,
      samStatus: 'ok',
      samId: '05.01-20100527-0000012345-0123456789',
    });
    sim.insert(sampleCard('foreigner-2017'));
    const read = await cli('read', '--tcp', `127.0.0.1:${server.port}`, '--timeout', '10');
    expect(read.code).toBe(0);
    expect(JSON.parse(read.out).card).toMatchObject({ kind: 'foreign-permanent-2017', englishName: 'T******************', nationality: 'CAN' });
  });
});
