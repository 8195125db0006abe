/**
 * ID-card reader bench: `npx tsx test/bench/idcard.bench.ts`. Prints each figure next to a
 * baseline measured in the same run, as a ratio, so machines of different speed compare.
 *   1. decode of one 1295-byte read reply (stream parse + read-reply split + card layout) against
 *      a bare copy-and-XOR pass over the same bytes;
 *   2. card-present → `card` event through the reader loop and the in-process simulator, against
 *      the same four commands (find, select, read, appended address) sent straight to the transport.
 */
import { performance } from 'node:perf_hooks';
import { parseCardText } from '../../main/services/idcard/cardLayouts/parseCardText';
import { commandFrame } from '../../main/services/idcard/commands';
import { xorBytes } from '../../main/services/idcard/frameCodec';
import { FrameStreamParser } from '../../main/services/idcard/frameStreamParser';
import { createReaderLoop } from '../../main/services/idcard/readerLoop';
import { parseReadReply, toResponse } from '../../main/services/idcard/responseParser';
import { buildCardText, buildReadReplyFrame } from '../../main/services/idcard/simulator/cardTextBuilder';
import { SamSimulator } from '../../main/services/idcard/simulator/samSimulator';
import { sampleCard } from '../../main/services/idcard/simulator/sampleCards';
import { SimulatorTransport } from '../../main/services/idcard/transports/simulatorTransport';
import { silentLogger } from '../../main/services/log/logger';

function timePerOp(iterations: number, op: () => unknown): number {
  for (let i = 0; i < Math.min(1000, iterations); i++) op();
  const start = performance.now();
  for (let i = 0; i < iterations; i++) op();
  return ((performance.now() - start) * 1000) / iterations;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[sorted.length >> 1] as number;
}

/** Folded results, printed at the end so the measured work cannot be optimised away. */
let sink = 0;

function benchDecode(): void {
  const sim = sampleCard('resident-long-term');
  const frame = buildReadReplyFrame(buildCardText(sim.spec), sim.photo);
  const parser = new FrameStreamParser({ kind: 'response' });
  const iterations = 20000;
  const baseline = timePerOp(iterations, () => {
    const copy = Buffer.from(frame);
    sink ^= xorBytes(copy, 5);
  });
  const decode = timePerOp(iterations, () => {
    for (const event of parser.push(frame)) {
      if (event.type === 'frame') sink ^= parseCardText(parseReadReply(toResponse(event.payload), false).text).idNumber.length;
    }
  });
  console.log(`decode 1295-byte read reply: ${decode.toFixed(2)} µs/frame`);
  console.log(`  baseline copy + XOR pass:  ${baseline.toFixed(2)} µs/frame   ratio ${(decode / baseline).toFixed(1)}×`);
}

async function benchLatency(): Promise<void> {
  const rounds = 30;
  const sim = new SamSimulator();
  const card = sampleCard('resident');

  // Baseline: the same four exchanges a read needs, with no loop around them.
  const transport = new SimulatorTransport(sim, silentLogger);
  await transport.open();
  sim.insert(card);
  const direct: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const start = performance.now();
    for (const name of ['findCard', 'selectCard', 'readTextAndPhoto', 'readAppendedAddress'] as const) {
      await transport.exchange(commandFrame(name), 1000);
    }
    direct.push(performance.now() - start);
  }
  await transport.close();
  sim.remove();

  const loop = createReaderLoop({
    connect: async () => {
      const t = new SimulatorTransport(sim, silentLogger);
      await t.open();
      return t;
    },
    logger: silentLogger,
    pollIntervalMs: 1,
  });
  let onCard: (() => void) | null = null;
  loop.onCard(() => onCard?.());
  loop.start();
  await new Promise<void>((resolve) => loop.onStatus((s) => s.state === 'ready' && resolve()));
  const viaLoop: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const event = new Promise<void>((resolve) => (onCard = resolve));
    const start = performance.now();
    sim.insert(card);
    await event;
    viaLoop.push(performance.now() - start);
    sim.remove();
    await new Promise<void>((resolve) => {
      const off = loop.onCardRemoved(() => {
        off();
        resolve();
      });
    });
  }
  await loop.stop();
  sim.dispose();
  const loopMs = median(viaLoop);
  const directMs = median(direct);
  console.log(`card present → card event (loop, poll 1 ms, simulator 0 ms latency): median ${loopMs.toFixed(2)} ms over ${rounds}`);
  console.log(`  baseline 4 direct exchanges: median ${directMs.toFixed(2)} ms   ratio ${(loopMs / directMs).toFixed(1)}×`);
}

benchDecode();
await benchLatency();
console.log(`(result fold ${sink})`);
