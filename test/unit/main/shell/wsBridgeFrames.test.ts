import { spawn, type ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { wsSubprotocol } from '../../../../common/contract/wsProtocol';
import { redeemLaunchUrl } from '../../../support/bridge/launch';
import { closeCode, frame, openRawBridge } from '../../../support/bridge/rawSocket';

/** Six malformed client frames, each with the close code RFC 6455 gives it and the error `ws` names. */
const hostileFrames: Array<{ name: string; bytes: Buffer; code: number; error: string }> = [
  {
    name: 'a frame over the size cap',
    bytes: frame({ opcode: 0x1, declaredLength: 17 * 1024 * 1024 }),
    code: 1009,
    error: 'WS_ERR_UNSUPPORTED_MESSAGE_LENGTH',
  },
  {
    name: 'invalid UTF-8 in a text frame',
    bytes: frame({ opcode: 0x1, payload: Buffer.from([0x7b, 0xff, 0xfe, 0x7d]) }),
    code: 1007,
    error: 'WS_ERR_INVALID_UTF8',
  },
  { name: 'an unmasked client frame', bytes: frame({ opcode: 0x1, payload: Buffer.from('{}'), masked: false }), code: 1002, error: 'WS_ERR_EXPECTED_MASK' },
  { name: 'an unknown opcode', bytes: frame({ opcode: 0x3, payload: Buffer.from('{}') }), code: 1002, error: 'WS_ERR_INVALID_OPCODE' },
  { name: 'a reserved bit', bytes: frame({ opcode: 0x1, rsv: 0b100, payload: Buffer.from('{}') }), code: 1002, error: 'WS_ERR_UNEXPECTED_RSV_1' },
  { name: 'an invalid close code', bytes: frame({ opcode: 0x8, payload: Buffer.from([0x03, 0xe7]) }), code: 1002, error: 'WS_ERR_INVALID_CLOSE_CODE' },
];

describe('the bridge against malformed WebSocket frames', () => {
  let child: ChildProcess;
  let origin: string;
  let cookie: string;
  let stderr = '';

  beforeAll(async () => {
    child = spawn(process.execPath, ['--import', 'tsx', 'test/support/bridge/bridgeProcess.ts'], { stdio: ['ignore', 'pipe', 'pipe'] });
    child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
    const first = await new Promise<string>((resolve, reject) => {
      let out = '';
      child.stdout?.on('data', (d: Buffer) => {
        out += d.toString();
        if (out.includes('\n')) resolve(out.split('\n')[0] ?? '');
      });
      child.once('exit', (code) => reject(new Error(`bridge process exited with ${code}: ${stderr}`)));
    });
    const started = JSON.parse(first) as { origin: string; launchUrl: string };
    origin = started.origin;
    cookie = (await redeemLaunchUrl(started.launchUrl)) ?? '';
  });
  afterAll(() => {
    child.kill('SIGTERM');
  });

  const credentials = () => ({ Origin: origin, 'Sec-WebSocket-Protocol': wsSubprotocol, Cookie: cookie });

  /** A well-behaved page: connects, asks for the kiosk's info, and reports whether it was answered. */
  const pageCall = () =>
    new Promise<unknown>((resolve, reject) => {
      const ws = new WebSocket(`${origin.replace('http', 'ws')}/bridge`, [wsSubprotocol], { origin, headers: { Cookie: cookie } });
      let answer: unknown;
      ws.on('error', reject);
      // The bridge admits one page at a time: the next test connects only once this one is gone.
      ws.on('close', () => resolve(answer));
      ws.on('open', () => ws.send(JSON.stringify({ t: 'call', id: 1, method: 'system.info' })));
      ws.on('message', (data: Buffer) => {
        const message = JSON.parse(data.toString()) as { t: string; id?: number; outcome?: { ok: boolean } };
        if (message.t !== 'reply') return;
        answer = message.outcome?.ok;
        ws.close();
      });
    });

  for (const hostile of hostileFrames) {
    it(`closes only the socket that sent ${hostile.name}, logs it, and keeps serving`, async () => {
      const { port, hostname } = new URL(origin);
      const raw = await openRawBridge(hostname, Number(port), credentials());
      raw.socket.write(hostile.bytes);
      await raw.closed;
      expect(closeCode(raw.received())).toBe(hostile.code);
      expect(child.exitCode).toBeNull();
      expect(await pageCall()).toBe(true);
      expect(child.exitCode).toBeNull();
    });
  }

  it('logged each bad socket once, with the reason', () => {
    const lines = stderr
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as { msg: string; error?: string });
    const closed = lines.filter((l) => l.msg === 'bridge socket closed after a protocol error');
    expect(closed.map((l) => l.error)).toEqual(hostileFrames.map((f) => f.error));
  });
});
