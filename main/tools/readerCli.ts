/**
 * IT tool for ID-card readers. Output is JSON on stdout; personal fields are masked unless --reveal.
 *
 *   list                                  readers the machine can see (nothing is opened)
 *   status [--port P | --tcp H:P]         open the first reader that answers; SAM status and SAM ID
 *   read   [--port P | --tcp H:P] [--timeout S] [--reveal]
 *                                         wait for one card and print it
 *   decode <hex | file> [--reveal]        decode one response frame; exit 2 with the reason if bad
 *   simulate --pty PATH | --tcp PORT [--card NAME] [--latency MS]
 *                                         run the reader simulator (stdin commands, see simulatorMain)
 * Common: --baud-probe (try 115200…9600 on serial ports).
 */
import { existsSync, readFileSync } from 'node:fs';
import { parseCardText } from '../services/idcard/cardLayouts/parseCardText';
import { maskCard } from '../services/idcard/cardMasking';
import { BAUD_RATES } from '../services/idcard/commands';
import { createDiscoveryConnector, listReaderCandidates } from '../services/idcard/discovery';
import type { DiscoveryConfig } from '../services/idcard/discovery';
import { decodeFrame } from '../services/idcard/frameCodec';
import { ReaderClient } from '../services/idcard/readerClient';
import { isReaderError } from '../services/idcard/readerErrors';
import { createReaderLoop } from '../services/idcard/readerLoop';
import { parseReadReply, toResponse } from '../services/idcard/responseParser';
import { SW3, describeStatus } from '../services/idcard/statusCodes';
import { runSimulator } from '../services/idcard/simulator/simulatorMain';
import type { SampleCardName } from '../services/idcard/simulator/sampleCards';
import { createLogger } from '../services/log/logger';

interface Args {
  command: string;
  positional: string[];
  flags: Map<string, string | true>;
}

function parseArgs(argv: string[]): Args {
  const [command = 'help', ...rest] = argv;
  const positional: string[] = [];
  const flags = new Map<string, string | true>();
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i] as string;
    if (!arg.startsWith('--')) {
      positional.push(arg);
      continue;
    }
    const next = rest[i + 1];
    if (['--reveal', '--baud-probe'].includes(arg) || next === undefined || next.startsWith('--')) flags.set(arg, true);
    else {
      flags.set(arg, next);
      i++;
    }
  }
  return { command, positional, flags };
}

const print = (value: unknown): void => console.log(JSON.stringify(value, null, 2));
const logger = createLogger({ level: process.env.READER_LOG === 'debug' ? 'debug' : 'warn' });

function discoveryConfig(flags: Args['flags']): DiscoveryConfig {
  const port = flags.get('--port');
  const tcp = flags.get('--tcp');
  const config: DiscoveryConfig = { baudRates: flags.has('--baud-probe') ? [...BAUD_RATES] : [115200] };
  if (typeof port === 'string') Object.assign(config, { serialPaths: [port], scanUsbSerial: false, usbSam: false });
  if (typeof tcp === 'string') {
    const at = tcp.lastIndexOf(':');
    Object.assign(config, { tcp: [{ host: tcp.slice(0, at), port: Number(tcp.slice(at + 1)) }], scanUsbSerial: false, usbSam: false });
  }
  return config;
}

function errorJson(error: unknown): Record<string, unknown> {
  return isReaderError(error)
    ? { code: error.code, message: error.message, ...(error.status ? { status: error.status } : {}) }
    : { code: 'error', message: error instanceof Error ? error.message : String(error) };
}

async function status(args: Args): Promise<number> {
  const transport = await createDiscoveryConnector(discoveryConfig(args.flags), logger)();
  if (!transport) {
    print({ ok: false, error: { code: 'idcard.no-reader', message: 'no reader answered SAM status' } });
    return 1;
  }
  const client = new ReaderClient(transport);
  try {
    await client.samStatus();
    print({ ok: true, reader: transport.id, samStatus: 'ok', samId: await client.samId().catch(() => null) });
    return 0;
  } catch (error) {
    print({ ok: false, reader: transport.id, error: errorJson(error) });
    return 1;
  } finally {
    await transport.close();
  }
}

async function read(args: Args): Promise<number> {
  const timeoutS = Number(args.flags.get('--timeout') ?? 30);
  const loop = createReaderLoop({ connect: createDiscoveryConnector(discoveryConfig(args.flags), logger), logger });
  loop.onStatus((s) => console.error(JSON.stringify({ status: s.state, reader: s.reader, reason: s.reason, attempt: s.attempt })));
  const result = await new Promise<number>((resolve) => {
    const timer = setTimeout(() => {
      print({ ok: false, error: { code: 'idcard.timeout', message: `no card read within ${timeoutS} s` }, status: loop.status() });
      resolve(1);
    }, timeoutS * 1000);
    loop.onCard((event) => {
      clearTimeout(timer);
      const card = args.flags.has('--reveal') ? event.card : maskCard(event.card);
      print({ ok: true, reader: event.reader, readAt: event.readAt, photoBytes: event.photoBytes, card });
      resolve(0);
    });
    loop.start();
  });
  await loop.stop();
  return result;
}

function loadFrame(input: string): Buffer {
  if (existsSync(input)) {
    const raw = readFileSync(input);
    const text = raw.toString('latin1');
    return /^[\s0-9a-fA-Fx,]*$/.test(text) ? hexToBytes(text) : raw;
  }
  return hexToBytes(input);
}

function hexToBytes(text: string): Buffer {
  const clean = text.replace(/0x/gi, '').replace(/[\s,]/g, '');
  if (!/^[0-9a-fA-F]*$/.test(clean) || clean.length % 2 !== 0) {
    throw new Error('input is neither a file nor an even-length hex string');
  }
  return Buffer.from(clean, 'hex');
}

function decode(args: Args): number {
  const input = args.positional[0];
  if (!input) {
    print({ ok: false, error: { code: 'usage', message: 'decode needs a hex string or a file' } });
    return 1;
  }
  let frame: Buffer;
  try {
    frame = loadFrame(input);
  } catch (error) {
    print({ ok: false, error: errorJson(error) });
    return 1;
  }
  try {
    const response = toResponse(decodeFrame(frame, 'response'));
    const sw = { sw1: response.sw1, sw2: response.sw2, sw3: response.sw3 };
    const success = response.sw3 === SW3.ok || response.sw3 === SW3.findOk;
    const out: Record<string, unknown> = {
      ok: true,
      frameBytes: frame.length,
      status: { ...sw, meaning: success ? 'success' : describeStatus(response.sw3).meaning, code: success ? null : describeStatus(response.sw3).code },
      dataBytes: response.data.length,
    };
    if (response.sw3 === SW3.ok && response.data.length >= 4 + 256) {
      // `30 01` replies carry two lengths, `30 10` replies three; the two-length sum tells them apart.
      const d = response.data;
      const reply = parseReadReply(response, 4 + d.readUInt16BE(0) + d.readUInt16BE(2) !== d.length);
      const card = parseCardText(reply.text);
      out.card = args.flags.has('--reveal') ? card : maskCard(card);
      out.photoBytes = reply.photo.length;
      out.fingerprintBytes = reply.fingerprint?.length ?? null;
    }
    print(out);
    return 0;
  } catch (error) {
    print({ ok: false, error: errorJson(error) });
    return 2;
  }
}

async function main(argv: string[]): Promise<number> {
  const args = parseArgs(argv);
  switch (args.command) {
    case 'list':
      print(await listReaderCandidates(discoveryConfig(args.flags), logger));
      return 0;
    case 'status':
      return status(args);
    case 'read':
      return read(args);
    case 'decode':
      return decode(args);
    case 'simulate': {
      const pty = args.flags.get('--pty');
      const tcp = args.flags.get('--tcp');
      const card = args.flags.get('--card');
      await runSimulator(
        {
          ...(typeof pty === 'string' ? { pty } : {}),
          ...(typeof tcp === 'string' ? { tcpPort: Number(tcp) } : {}),
          ...(typeof card === 'string' ? { card: card as SampleCardName } : {}),
          latencyMs: Number(args.flags.get('--latency') ?? 50),
        },
        process.stdin,
        process.stdout,
      );
      return 0;
    }
    default:
      console.error('usage: reader list | status | read | decode <hex|file> | simulate  (see main/tools/readerCli.ts)');
      return args.command === 'help' ? 0 : 1;
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(JSON.stringify({ ok: false, error: errorJson(error) }));
    process.exit(1);
  },
);
