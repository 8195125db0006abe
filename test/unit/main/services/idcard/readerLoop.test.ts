import { afterEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../../../../../main/services/log/logger';
import { SamSimulator } from '../../../../../main/services/idcard/simulator/samSimulator';
import type { SamSimulatorOptions } from '../../../../../main/services/idcard/simulator/samSimulator';
import { SAMPLE_CARD_NAMES, sampleCard } from '../../../../../main/services/idcard/simulator/sampleCards';
import { SimulatorTransport } from '../../../../../main/services/idcard/transports/simulatorTransport';
import type { ResponseFrame } from '../../../../../main/services/idcard/responseParser';
import { lastStatus, recordLoop, waitFor } from './support/loopHarness';
import type { LoopRecorder } from './support/loopHarness';

let cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.reverse()) await c();
  cleanups = [];
});

function setup(simOptions: SamSimulatorOptions = {}, loopOptions: Parameters<typeof recordLoop>[1] = {}) {
  const sim = new SamSimulator(simOptions);
  let transport: SimulatorTransport | null = null;
  let plugged = true;
  const rec = recordLoop(async () => {
    if (!plugged) return null;
    transport = new SimulatorTransport(sim, silentLogger);
    await transport.open();
    return transport;
  }, loopOptions);
  cleanups.push(async () => {
    await rec.loop.stop();
    sim.dispose();
  });
  return {
    sim,
    rec,
    unplug: () => {
      plugged = false;
      transport?.unplug();
    },
    plug: () => {
      plugged = true;
    },
  };
}

const reached = (rec: LoopRecorder, state: string, reason?: string) =>
  rec.statuses.some((s) => s.state === state && (reason === undefined || s.reason === reason));

describe('reader loop over the in-process simulator', () => {
  it('checks the SAM, then reports ready with the SAM ID', async () => {
    const { rec } = setup();
    rec.loop.start();
    await waitFor('ready', () => reached(rec, 'ready'));
    expect(lastStatus(rec)).toEqual({ state: 'ready', reader: 'simulator:in-process', samId: '05.01-20100527-0000012345-0123456789' });
  });

  it.each(SAMPLE_CARD_NAMES)('reads %s once, reports removal, and reads it again when re-presented', async (name) => {
    const { sim, rec } = setup();
    rec.loop.start();
    await waitFor('ready', () => reached(rec, 'ready'));
    sim.insert(sampleCard(name));
    await waitFor('card', () => rec.cards.length === 1);
    const commands = sim.commandCount;
    await waitFor('more polls', () => sim.commandCount > commands + 10);
    expect(rec.cards).toHaveLength(1);
    expect(rec.cards[0]?.card.kind).toBe(sampleCard(name).spec.kind);
    sim.remove();
    await waitFor('removal', () => rec.removals === 1 && lastStatus(rec)?.state === 'ready');
    sim.insert(sampleCard(name));
    await waitFor('second read', () => rec.cards.length === 2);
  });

  it('keeps the photo out of events and hands it to main by readId', async () => {
    const { sim, rec } = setup();
    rec.loop.start();
    sim.insert(sampleCard('resident-long-term'));
    await waitFor('card', () => rec.cards.length === 1);
    const event = rec.cards[0]!;
    expect(JSON.stringify(event)).not.toContain(sampleCard('resident-long-term').photo.toString('base64').slice(0, 40));
    expect(Object.keys(event).sort()).toEqual(['card', 'photoBytes', 'readAt', 'readId', 'reader']);
    expect(event.photoBytes).toBe(1024);
    expect(event.card.kind === 'resident' && event.card.appendedAddresses).toHaveLength(1);
    expect(rec.loop.getPhoto(event.readId)?.equals(sampleCard('resident-long-term').photo)).toBe(true);
    expect(rec.loop.getPhoto('other')).toBeNull();
    rec.loop.clearPhoto();
    expect(rec.loop.getPhoto(event.readId)).toBeNull();
  });

  it('reports a card once when the reader refuses find after a read', async () => {
    const { sim, rec } = setup({ findBlockedAfterRead: true });
    rec.loop.start();
    sim.insert(sampleCard('resident'));
    await waitFor('card', () => rec.cards.length === 1);
    const commands = sim.commandCount;
    await waitFor('more polls', () => sim.commandCount > commands + 10);
    expect(rec.cards).toHaveLength(1);
  });

  it('never sends overlapping commands', async () => {
    const sim = new SamSimulator({ latencyMs: { find: 1, read: 3 } });
    let inFlight = 0;
    let maxInFlight = 0;
    const rec = recordLoop(async () => {
      const t = new SimulatorTransport(sim, silentLogger);
      await t.open();
      const exchange = t.exchange.bind(t);
      t.exchange = async (command: Buffer, timeoutMs: number): Promise<ResponseFrame> => {
        maxInFlight = Math.max(maxInFlight, ++inFlight);
        try {
          return await exchange(command, timeoutMs);
        } finally {
          inFlight--;
        }
      };
      return t;
    });
    cleanups.push(async () => {
      await rec.loop.stop();
      sim.dispose();
    });
    rec.loop.start();
    sim.insert(sampleCard('foreigner-2023'));
    await waitFor('card', () => rec.cards.length === 1);
    expect(maxInFlight).toBe(1);
  });

  describe('faults surface as statuses', () => {
    it('find fails once: the card is still read', async () => {
      const { sim, rec } = setup();
      sim.injectFault({ kind: 'find-fails-once' });
      rec.loop.start();
      sim.insert(sampleCard('resident'));
      await waitFor('card', () => rec.cards.length === 1);
    });

    it('one 0x41 read failure: retried, then read', async () => {
      const { sim, rec } = setup();
      sim.injectFault({ kind: 'read-failure' });
      rec.loop.start();
      sim.insert(sampleCard('resident'));
      await waitFor('card', () => rec.cards.length === 1);
      expect(rec.statuses).toContainEqual(expect.objectContaining({ state: 'reading', attempt: 2, reason: 'idcard.read-failed' }));
    });

    it.each([
      [{ kind: 'read-failure', times: Infinity, sw1: 0x6a, sw2: 0x82 }, 'idcard.read-failed'],
      [{ kind: 'auth-failure', sw3: 0x32, times: Infinity }, 'idcard.sam-auth-card-failed'],
      [{ kind: 'corrupt-checksum', times: Infinity }, 'idcard.frame-checksum'],
      [{ kind: 'truncated-frame', times: Infinity }, 'idcard.timeout'],
    ] as const)('persistent %o: error %s after bounded retries, nothing reported', async (fault, reason) => {
      const { sim, rec } = setup();
      sim.injectFault(fault);
      rec.loop.start();
      sim.insert(sampleCard('hk-macau-taiwan'));
      await waitFor(reason, () => reached(rec, 'error', reason));
      expect(rec.statuses.filter((s) => s.state === 'reading').map((s) => s.attempt)).toEqual([1, 2, 3]);
      expect(rec.cards).toHaveLength(0);
      // The failed card is not retried while it stays; a fresh presentation is.
      sim.clearFaults();
      sim.remove();
      await waitFor('ready again', () => lastStatus(rec)?.state === 'ready');
      expect(rec.removals).toBe(0);
      sim.insert(sampleCard('hk-macau-taiwan'));
      await waitFor('card', () => rec.cards.length === 1);
    });

    it('SAM fault: error at start, ready once it clears', async () => {
      const { sim, rec } = setup();
      sim.injectFault({ kind: 'sam-fault' });
      rec.loop.start();
      await waitFor('sam error', () => reached(rec, 'error', 'idcard.sam-self-test-failed'));
      expect(reached(rec, 'ready')).toBe(false);
      sim.clearFaults();
      await waitFor('ready', () => reached(rec, 'ready'));
    });

    it('slow replies within budget still read', async () => {
      const { sim, rec } = setup();
      sim.injectFault({ kind: 'slow-replies', delayMs: 30 });
      rec.loop.start();
      sim.insert(sampleCard('foreigner-2017'));
      await waitFor('card', () => rec.cards.length === 1);
    });

    it('replies slower than the timeout: error idcard.timeout', async () => {
      const { sim, rec } = setup({}, { timeouts: { status: 300, find: 300, select: 300, read: 50, appendedAddress: 300 } });
      sim.injectFault({ kind: 'slow-replies', delayMs: 0 });
      rec.loop.start();
      await waitFor('ready', () => reached(rec, 'ready'));
      sim.clearFaults();
      sim.injectFault({ kind: 'slow-replies', delayMs: 120 });
      sim.insert(sampleCard('foreigner-2017'));
      await waitFor('timeout', () => reached(rec, 'error', 'idcard.timeout'));
      expect(rec.cards).toHaveLength(0);
    });
  });

  it('no reader, then hot-plug, unplug and replug', async () => {
    const { sim, rec, unplug, plug } = setup();
    unplug();
    rec.loop.start();
    await waitFor('no-reader', () => reached(rec, 'no-reader'));
    plug();
    await waitFor('ready', () => reached(rec, 'ready'));
    unplug();
    await waitFor('disconnected', () => reached(rec, 'no-reader', 'idcard.disconnected'));
    plug();
    rec.statuses.length = 0;
    await waitFor('ready again', () => reached(rec, 'ready'));
    sim.insert(sampleCard('resident'));
    await waitFor('card', () => rec.cards.length === 1);
  });

  it('stops cleanly: no commands or events afterwards', async () => {
    const { sim, rec } = setup({ latencyMs: { find: 20 } });
    rec.loop.start();
    await waitFor('ready', () => reached(rec, 'ready'));
    await rec.loop.stop();
    const commands = sim.commandCount;
    const events = rec.statuses.length;
    await new Promise((r) => setTimeout(r, 60));
    expect(sim.commandCount).toBe(commands);
    expect(rec.statuses.length).toBe(events);
  });
});
