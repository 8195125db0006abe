/**
 * Runnable simulator: `npx tsx main/services/idcard/simulator/simulatorMain.ts --pty /tmp/reader-sim`
 * (the other end of a socat pair) or `--tcp 9500`. Commands on stdin, one per line:
 *   insert <card>            resident | resident-long-term | foreigner-2017 | foreigner-2023 | hk-macau-taiwan
 *   remove
 *   fault <kind> [arg]       find-fails-once | read-failure [times] | auth-failure <31|32|33> |
 *                            sam-fault | corrupt-checksum [times] | truncated-frame [times] | slow-replies <ms>
 *   clear                    clear all faults
 *   quit
 * Replies `ok ...` or `error ...` on stdout, one line per command.
 */
import { createInterface } from 'node:readline';
import { createLogger } from '../../log/logger';
import { PtySimulatorHost } from './ptySimulatorHost';
import { SamSimulator } from './samSimulator';
import { SAMPLE_CARD_NAMES, sampleCard } from './sampleCards';
import type { SampleCardName } from './sampleCards';
import type { SimFault } from './simFaults';
import { serveSimulatorOverTcp } from './tcpSimulatorServer';

export interface SimulatorMainOptions {
  pty?: string;
  tcpPort?: number;
  card?: SampleCardName;
  latencyMs?: number;
  findBlockedAfterRead?: boolean;
}

/** Parses one stdin command and applies it; returns the reply line. */
export function applySimulatorCommand(simulator: SamSimulator, line: string): string {
  const [verb, arg, extra] = line.trim().split(/\s+/);
  switch (verb) {
    case 'insert': {
      if (!SAMPLE_CARD_NAMES.includes(arg as SampleCardName)) return `error unknown card "${arg ?? ''}"`;
      simulator.insert(sampleCard(arg as SampleCardName));
      return `ok inserted ${arg}`;
    }
    case 'remove':
      simulator.remove();
      return 'ok removed';
    case 'clear':
      simulator.clearFaults();
      return 'ok faults cleared';
    case 'fault': {
      const fault = parseFault(arg, extra);
      if (!fault) return `error unknown fault "${[arg, extra].filter(Boolean).join(' ')}"`;
      simulator.injectFault(fault);
      return `ok fault ${fault.kind}`;
    }
    default:
      return `error unknown command "${verb ?? ''}"`;
  }
}

function parseFault(kind: string | undefined, arg: string | undefined): SimFault | null {
  const times = arg === undefined ? undefined : arg === 'always' ? Infinity : Number(arg);
  if (times !== undefined && !(times > 0)) return null;
  switch (kind) {
    case 'find-fails-once':
    case 'sam-fault':
      return { kind };
    case 'read-failure':
    case 'corrupt-checksum':
    case 'truncated-frame':
      return times === undefined ? { kind } : { kind, times };
    case 'auth-failure':
      return arg === '31' || arg === '32' || arg === '33' ? { kind, sw3: Number(`0x${arg}`) as 0x31 | 0x32 | 0x33, times: Infinity } : null;
    case 'slow-replies':
      return times === undefined || times === Infinity ? null : { kind, delayMs: times };
    default:
      return null;
  }
}

export async function runSimulator(options: SimulatorMainOptions, input: NodeJS.ReadableStream, output: NodeJS.WritableStream): Promise<void> {
  const logger = createLogger({ level: 'warn' });
  const latency = options.latencyMs ?? 0;
  const simulator = new SamSimulator({
    latencyMs: { find: latency, select: latency, read: latency * 5, other: latency },
    findBlockedAfterRead: options.findBlockedAfterRead ?? false,
  });
  if (options.card) simulator.insert(sampleCard(options.card));
  const stops: (() => Promise<void>)[] = [];
  if (options.pty) {
    const host = new PtySimulatorHost(simulator, options.pty, logger);
    await host.start();
    stops.push(() => host.stop());
  }
  if (options.tcpPort !== undefined) {
    const server = await serveSimulatorOverTcp(simulator, options.tcpPort);
    stops.push(() => server.close());
    output.write(`ok listening tcp ${server.port}\n`);
  }
  output.write('ok ready\n');
  const lines = createInterface({ input });
  for await (const line of lines) {
    if (line.trim() === 'quit') break;
    if (line.trim() !== '') output.write(applySimulatorCommand(simulator, line) + '\n');
  }
  for (const stop of stops) await stop();
  simulator.dispose();
}

function parseArgs(argv: string[]): SimulatorMainOptions {
  const options: SimulatorMainOptions = {};
  for (let i = 0; i < argv.length; i++) {
    const value = argv[i + 1];
    switch (argv[i]) {
      case '--pty':
        options.pty = value;
        i++;
        break;
      case '--tcp':
        options.tcpPort = Number(value);
        i++;
        break;
      case '--card':
        options.card = value as SampleCardName;
        i++;
        break;
      case '--latency':
        options.latencyMs = Number(value);
        i++;
        break;
      case '--find-blocked-after-read':
        options.findBlockedAfterRead = true;
        break;
      default:
        throw new Error(`unknown option ${argv[i]}`);
    }
  }
  if (!options.pty && options.tcpPort === undefined) throw new Error('give --pty <path> and/or --tcp <port>');
  return options;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  runSimulator(parseArgs(process.argv.slice(2)), process.stdin, process.stdout).then(
    () => process.exit(0),
    (error: unknown) => {
      process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
      process.exit(1);
    },
  );
}
