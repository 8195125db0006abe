import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { afterEach, describe, expect, it } from 'vitest';
import { createDiscoveryConnector } from '../../../../../main/services/idcard/discovery';
import { PtySimulatorHost } from '../../../../../main/services/idcard/simulator/ptySimulatorHost';
import { SamSimulator } from '../../../../../main/services/idcard/simulator/samSimulator';
import { sampleCard } from '../../../../../main/services/idcard/simulator/sampleCards';
import { openSerialWithBaudProbe } from '../../../../../main/services/idcard/transports/serialTransport';
import { silentLogger } from '../../../../../main/services/log/logger';
import { lastStatus, recordLoop, waitFor } from './support/loopHarness';
import { SocatPair } from './support/socatPair';

const base = `/tmp/idcard-test-${process.pid}`;
let cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.reverse()) await c();
  cleanups = [];
});

async function ptyRig(name: string) {
  const pair = new SocatPair(`${base}-${name}-host`, `${base}-${name}-sim`);
  await pair.start();
  cleanups.push(() => pair.stop());
  return pair;
}

function serialLoop(hostPath: string) {
  const connect = createDiscoveryConnector({ serialPaths: [hostPath], scanUsbSerial: false, usbSam: false, probeTimeoutMs: 300 }, silentLogger);
  const rec = recordLoop(connect);
  cleanups.push(() => rec.loop.stop());
  return rec;
}

describe('serial transport over a real pty (socat)', () => {
  it('probes the baud rate with SAM status and keeps the port open', async () => {
    const pair = await ptyRig('baud');
    const sim = new SamSimulator();
    const host = new PtySimulatorHost(sim, pair.simPath, silentLogger);
    await host.start();
    cleanups.push(() => host.stop());
    const transport = await openSerialWithBaudProbe(pair.hostPath, silentLogger, [115200, 9600], 300);
    expect(transport?.baudRate).toBe(115200);
    await transport?.close();
    expect(await openSerialWithBaudProbe(`${base}-missing`, silentLogger)).toBeNull();
  });

  it('reads cards, surfaces faults, and survives unplug / replug', async () => {
    const pair = await ptyRig('loop');
    const sim = new SamSimulator({ latencyMs: { read: 5 } });
    const host = new PtySimulatorHost(sim, pair.simPath, silentLogger);
    await host.start();
    cleanups.push(async () => {
      await host.stop();
      sim.dispose();
    });
    const rec = serialLoop(pair.hostPath);
    rec.loop.start();
    await waitFor('ready', () => lastStatus(rec)?.state === 'ready');
    expect(lastStatus(rec)?.reader).toBe(`serial:${pair.hostPath}`);

    sim.insert(sampleCard('resident-long-term'));
    await waitFor('card', () => rec.cards.length === 1);
    expect(rec.cards[0]?.card).toMatchObject({ kind: 'resident', validLongTerm: true, appendedAddresses: [expect.any(String)] });
    expect(rec.loop.getPhoto(rec.cards[0]!.readId)?.length).toBe(1024);
    sim.remove();
    await waitFor('removed', () => rec.removals === 1);

    const faults = [
      [{ kind: 'read-failure', times: Infinity }, 'idcard.read-failed'],
      [{ kind: 'corrupt-checksum', times: Infinity }, 'idcard.frame-checksum'],
      [{ kind: 'auth-failure', sw3: 0x31, times: Infinity }, 'idcard.card-auth-sam-failed'],
    ] as const;
    for (const [fault, reason] of faults) {
      sim.injectFault(fault);
      sim.insert(sampleCard('foreigner-2017'));
      await waitFor(reason, () => lastStatus(rec)?.state === 'error' && lastStatus(rec)?.reason === reason);
      sim.clearFaults();
      sim.remove();
      await waitFor('ready', () => lastStatus(rec)?.state === 'ready');
    }
    expect(rec.cards).toHaveLength(1);

    // Unplug: kill the line under both ends.
    await pair.stop();
    await waitFor(
      'no-reader',
      () => lastStatus(rec)?.state === 'no-reader',
      20_000,
      () => rec.statuses.slice(-6),
    );
    // The OS usually reports the lost line (disconnected); when it does not, find times out first.
    const loss = rec.statuses.find((s) => s.reason === 'idcard.disconnected' || s.reason === 'idcard.timeout');
    expect(loss).toBeDefined();
    await pair.start();
    await waitFor('ready after replug', () => lastStatus(rec)?.state === 'ready');
    sim.insert(sampleCard('hk-macau-taiwan'));
    await waitFor('card after replug', () => rec.cards.length === 2);
    expect(rec.cards[1]?.card.kind).toBe('hk-macau-taiwan');
    // Generous: under a loaded CI machine the lost line can take several reconnect rounds to show.
  }, 90_000);

  it('SAM fault on the wire is an error status, not ready', async () => {
    const pair = await ptyRig('sam');
    const sim = new SamSimulator();
    sim.injectFault({ kind: 'sam-fault' });
    const host = new PtySimulatorHost(sim, pair.simPath, silentLogger);
    await host.start();
    cleanups.push(() => host.stop());
    const rec = serialLoop(pair.hostPath);
    rec.loop.start();
    await waitFor('sam error', () => rec.statuses.some((s) => s.state === 'error' && s.reason === 'idcard.sam-self-test-failed'));
    expect(rec.statuses.some((s) => s.state === 'ready')).toBe(false);
    sim.clearFaults();
    await waitFor('ready', () => lastStatus(rec)?.state === 'ready');
  });

  it('runs the simulator as a separate process and takes stdin commands', async () => {
    const pair = await ptyRig('proc');
    const child = spawn(process.execPath, ['--import', 'tsx', 'main/services/idcard/simulator/simulatorMain.ts', '--pty', pair.simPath], {
      stdio: ['pipe', 'pipe', 'inherit'],
    });
    cleanups.push(async () => {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.stdin.end('quit\n');
        await exited;
      }
    });
    const replies: string[] = [];
    createInterface({ input: child.stdout }).on('line', (l) => replies.push(l));
    await waitFor('simulator up', () => replies.includes('ok ready'), 15000);
    const rec = serialLoop(pair.hostPath);
    rec.loop.start();
    await waitFor('ready', () => lastStatus(rec)?.state === 'ready');
    child.stdin.write('fault read-failure always\ninsert foreigner-2023\n');
    await waitFor('read error', () => rec.statuses.some((s) => s.state === 'error' && s.reason === 'idcard.read-failed'));
    child.stdin.write('clear\nremove\n');
    await waitFor('ready', () => lastStatus(rec)?.state === 'ready');
    child.stdin.write('insert foreigner-2023\n');
    await waitFor('card', () => rec.cards.length === 1);
    expect(rec.cards[0]?.card).toMatchObject({ kind: 'foreign-permanent-2023', idNumberCheck: 'valid' });
    child.stdin.write('bogus\n');
    await waitFor('error reply', () => replies.some((r) => r.startsWith('error unknown command')));
  }, 40_000);
});
