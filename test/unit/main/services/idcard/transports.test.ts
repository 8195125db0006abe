import { EventEmitter } from 'node:events';
import { afterEach, describe, expect, it } from 'vitest';
import { commandFrame } from '../../../../../main/services/idcard/commands';
import { ReaderClient } from '../../../../../main/services/idcard/readerClient';
import { SamSimulator } from '../../../../../main/services/idcard/simulator/samSimulator';
import { sampleCard } from '../../../../../main/services/idcard/simulator/sampleCards';
import { serveSimulatorOverTcp } from '../../../../../main/services/idcard/simulator/tcpSimulatorServer';
import { HidTransport } from '../../../../../main/services/idcard/transports/hidTransport';
import type { HidDeviceLike } from '../../../../../main/services/idcard/transports/hidTransport';
import { lengthPrefixedFraming } from '../../../../../main/services/idcard/transports/hidReportFraming';
import { TcpTransport } from '../../../../../main/services/idcard/transports/tcpTransport';
import { USB_SAM_PIPES, UsbSamTransport } from '../../../../../main/services/idcard/transports/usbSamTransport';
import type { UsbPipes } from '../../../../../main/services/idcard/transports/usbSamTransport';
import { silentLogger } from '../../../../../main/services/log/logger';
import { recordLoop, waitFor } from './support/loopHarness';

let cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.reverse()) await c();
  cleanups = [];
});

async function readOneCard(client: ReaderClient): Promise<string> {
  await client.samStatus();
  expect(await client.findCard()).toBe(true);
  await client.selectCard();
  const reply = await client.readCard();
  return reply.text.toString('utf16le', 0, 6);
}

describe('TCP transport', () => {
  it('reads a card from a network reader and reports the drop', async () => {
    const sim = new SamSimulator();
    sim.insert(sampleCard('resident'));
    const server = await serveSimulatorOverTcp(sim);
    cleanups.push(() => server.close());
    const transport = new TcpTransport({ host: '127.0.0.1', port: server.port, logger: silentLogger });
    await transport.open();
    expect(await readOneCard(new ReaderClient(transport))).toBe('测试甲');
    const closed = new Promise((r) => transport.onClose(r));
    server.dropClients();
    expect(await closed).toBe('connection closed');
    await expect(transport.exchange(commandFrame('samStatus'), 200)).rejects.toMatchObject({ code: 'idcard.disconnected' });
  });

  it('fails to open with idcard.open-failed', async () => {
    const sim = new SamSimulator();
    const server = await serveSimulatorOverTcp(sim);
    const port = server.port;
    await server.close();
    await expect(new TcpTransport({ host: '127.0.0.1', port, logger: silentLogger }).open()).rejects.toMatchObject({ code: 'idcard.open-failed' });
  });
});

/** Four bulk pipes in front of a simulator, replies split into 64-byte transfers like full-speed USB. */
function fakeUsbPipes(sim: SamSimulator): UsbPipes & { detach(): void } {
  let header = Buffer.alloc(0);
  let pending = Buffer.alloc(0);
  const detachers = new Set<() => void>();
  sim.onReply((bytes) => (pending = Buffer.concat([pending, bytes])));
  const take = async (n: number): Promise<Buffer> => {
    await waitFor('usb reply', () => pending.length > 0, 2000);
    const out = pending.subarray(0, n);
    pending = pending.subarray(out.length);
    return out;
  };
  return {
    async write(endpoint, data) {
      if (endpoint === USB_SAM_PIPES.headerOut) header = Buffer.from(data);
      else if (endpoint === USB_SAM_PIPES.bodyOut) sim.receive(Buffer.concat([header, data]));
      else throw new Error(`bad OUT endpoint ${endpoint}`);
    },
    read(endpoint, length) {
      if (endpoint === USB_SAM_PIPES.headerIn) return take(Math.min(length, 7));
      if (endpoint === USB_SAM_PIPES.bodyIn) return take(Math.min(length, 64));
      throw new Error(`bad IN endpoint ${endpoint}`);
    },
    async close() {},
    onDetach(listener) {
      detachers.add(listener);
      return () => detachers.delete(listener);
    },
    detach() {
      for (const d of detachers) d();
    },
  };
}

describe('native SAM USB transport (0400:C35A, 4 pipes)', () => {
  it('splits commands over pipes 02/06, reassembles replies from 81/85, and sees unplug', async () => {
    const sim = new SamSimulator();
    sim.insert(sampleCard('foreigner-2023'));
    const pipes = fakeUsbPipes(sim);
    const rec = recordLoop(async () => {
      const t = new UsbSamTransport(async () => pipes, '1-4', silentLogger);
      await t.open();
      return t;
    });
    cleanups.push(() => rec.loop.stop());
    rec.loop.start();
    await waitFor('card', () => rec.cards.length === 1);
    expect(rec.cards[0]).toMatchObject({ reader: 'usb-sam:1-4', card: { kind: 'foreign-permanent-2023' } });
    pipes.detach();
    await waitFor('disconnected', () => rec.statuses.some((s) => s.reason === 'idcard.disconnected'));
  });
});

class FakeHid extends EventEmitter implements HidDeviceLike {
  private stream = Buffer.alloc(0);
  reports: Buffer[] = [];
  constructor(private readonly sim: SamSimulator) {
    super();
    // Replies go back as 64-byte input reports in the same length-prefixed layout.
    sim.onReply((bytes) => {
      for (const report of lengthPrefixedFraming.encode(bytes)) setImmediate(() => this.emit('data', report.subarray(1)));
    });
  }
  async write(report: Buffer): Promise<number> {
    this.reports.push(report);
    this.stream = Buffer.concat([this.stream, lengthPrefixedFraming.decode(report.subarray(1))]);
    this.sim.receive(this.stream);
    this.stream = Buffer.alloc(0);
    return report.length;
  }
  async close(): Promise<void> {}
}

describe('HID transport with the length-prefixed framing', () => {
  it('frames round-trip and a full read works across many reports', async () => {
    const frame = commandFrame('findCard');
    const reports = lengthPrefixedFraming.encode(Buffer.concat([frame, Buffer.alloc(100, 7)]));
    expect(reports.map((r) => r.length)).toEqual([65, 65]);
    expect(reports[0]?.subarray(0, 3).toString('hex')).toBe('003f' + 'aa');
    expect(
      Buffer.concat(reports.map((r) => lengthPrefixedFraming.decode(r.subarray(1))))
        .subarray(0, 10)
        .equals(frame),
    ).toBe(true);

    const sim = new SamSimulator();
    sim.insert(sampleCard('hk-macau-taiwan'));
    const device = new FakeHid(sim);
    const transport = new HidTransport({ path: 'fake', framing: lengthPrefixedFraming, logger: silentLogger, open: async () => device });
    await transport.open();
    cleanups.push(() => transport.close());
    expect(await readOneCard(new ReaderClient(transport))).toBe('测试戊');
    const closed = new Promise((r) => transport.onClose(r));
    device.emit('error', new Error('could not read from HID device'));
    expect(await closed).toBe('could not read from HID device');
  });
});
