import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createRotatingFileSink, logDirectory, teeLines } from '../../../../../main/services/log/fileSink';
import { createLogger } from '../../../../../main/services/log/logger';

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'kiosk-logs-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

const readAll = (files: string[]) =>
  files
    .filter(existsSync)
    .map((f) => readFileSync(f, 'utf8'))
    .join('');

describe('rotating log file sink', () => {
  it('rotates by size and keeps only the configured number of files, each line whole', () => {
    const dir = path.join(tempDir(), 'logs');
    const sink = createRotatingFileSink({ dir, maxBytes: 2048, maxFiles: 3 });
    const log = createLogger({ write: sink.write, now: () => new Date('2026-11-22T08:00:00Z') });
    for (let i = 0; i < 200; i++) log.info('tick', { i });
    sink.close();
    const present = sink.files().filter(existsSync);
    expect(present.map((f) => path.basename(f))).toEqual(['kiosk.log', 'kiosk.1.log', 'kiosk.2.log']);
    for (const file of present) {
      expect(statSync(file).size).toBeLessThanOrEqual(2048);
      if (process.platform !== 'win32') expect(statSync(file).mode & 0o777).toBe(0o600);
      for (const line of readFileSync(file, 'utf8').trimEnd().split('\n')) expect(() => JSON.parse(line)).not.toThrow();
    }
    const newest = readFileSync(sink.file, 'utf8').trimEnd().split('\n');
    expect(JSON.parse(newest.at(-1) as string)).toMatchObject({ msg: 'tick', i: 199 });
    // The oldest lines are gone; what remains is contiguous and ends at the last write.
    const kept = present
      .reverse()
      .flatMap((f) => readFileSync(f, 'utf8').trimEnd().split('\n'))
      .map((l) => (JSON.parse(l) as { i: number }).i);
    expect(kept[0]).toBeGreaterThan(0);
    expect(kept).toEqual(Array.from({ length: kept.length }, (_, k) => (kept[0] as number) + k));
  });

  it('appends to the existing file after a restart', () => {
    const dir = tempDir();
    const first = createRotatingFileSink({ dir });
    first.write('{"n":1}');
    first.close();
    const second = createRotatingFileSink({ dir });
    second.write('{"n":2}');
    second.close();
    expect(readFileSync(second.file, 'utf8')).toBe('{"n":1}\n{"n":2}\n');
  });

  it('never throws when the disk refuses a write, and reports it once per streak', () => {
    const dir = tempDir();
    const blocker = path.join(dir, 'not-a-dir');
    const errors: unknown[] = [];
    const sink = createRotatingFileSink({ dir: path.join(blocker, 'logs'), onError: (e) => errors.push(e) });
    // A file where the log directory should be: mkdir fails on every write.
    writeFileSync(blocker, 'x');
    expect(() => {
      sink.write('{"a":1}');
      sink.write('{"a":2}');
    }).not.toThrow();
    expect(errors).toHaveLength(1);
  });

  it('tees a line to every writer', () => {
    const a: string[] = [];
    const b: string[] = [];
    teeLines(
      (l) => a.push(l),
      (l) => b.push(l),
    )('x');
    expect([a, b]).toEqual([['x'], ['x']]);
    expect(logDirectory('/var/lib/hall-kiosk')).toBe(path.join('/var/lib/hall-kiosk', 'logs'));
  });
});

describe('a citizen session’s log files', () => {
  // One visit's personal data, as the flows and the card reader see it.
  const citizen = {
    name: '欧阳建国',
    idNumber: '11010519491231002X',
    birthDate: '1949-12-31',
    address: '北京市朝阳区建国路88号院3号楼2单元501',
    phone: '13912345678',
    password: 'Kiosk#2026pass',
    smsCode: '483920',
    issuingAuthority: '北京市公安局朝阳分局',
    permitNumber: 'H60123456',
    uscc: '91350100M000100Y43',
    companyName: '福州示例科技有限公司',
    photoBase64: 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  };

  it('contain none of the citizen’s personal data, through the real logger and file sink', () => {
    const dir = logDirectory(tempDir());
    const sink = createRotatingFileSink({ dir, maxBytes: 4096, maxFiles: 4 });
    const root = createLogger({ level: 'debug', write: sink.write, bindings: { kiosk: 'fj-fz-01', shell: 'electron' } });
    const session = root.child({ component: 'session', sessionId: 's-7f3a' });
    const reader = root.child({ component: 'idcard' });
    const identity = root.child({ component: 'identity' });

    for (let visit = 0; visit < 5; visit++) {
      reader.info('card read', { card: { name: citizen.name, idNumber: citizen.idNumber, birthDate: citizen.birthDate, address: citizen.address } });
      reader.debug('card fields', { fields: { partyName: citizen.name, citizenIdNumber: citizen.idNumber, residence: citizen.address } });
      reader.debug('card decoded', {
        kind: 'resident',
        sex: 'female',
        nation: '汉',
        issuingAuthority: citizen.issuingAuthority,
        permitNumber: citizen.permitNumber,
      });
      session.info(`registration started for ${citizen.idNumber}`);
      session.info('phone entered', { phone: citizen.phone, mobile: `+86${citizen.phone}` });
      identity.debug('POST /v1/sms/challenges', { request: { purpose: 'person_registration', target: { kind: 'phone', phone: citizen.phone } } });
      identity.debug('POST /v1/sms/challenges/c-1/verify', { request: { code: citizen.smsCode } });
      identity.debug('POST /v1/accounts', { body: { password: citizen.password, phone: citizen.phone } });
      session.info('password chosen', { newPassword: citizen.password, confirm: { password: citizen.password } });
      identity.warn('identity API refused', {
        status: 409,
        error: new Error(`phone ${citizen.phone} already bound to ${citizen.idNumber}`),
        code: 'phone.taken',
      });
      identity.info('enterprise looked up', { enterprise: { uscc: citizen.uscc, companyName: citizen.companyName }, note: `USCC ${citizen.uscc}` });
      session.debug('face captured', { faceImage: citizen.photoBase64, photo: citizen.photoBase64 });
      session.error('flow failed', { error: new Error(`cannot register tel${citizen.phone} / ${citizen.idNumber}`), items: [{ idNumber: citizen.idNumber }] });
      session.info('session ended', { reason: 'completed' });
    }
    sink.close();

    const text = readAll(sink.files());
    expect(sink.files().filter(existsSync).length).toBeGreaterThan(1); // it did rotate
    for (const [field, value] of Object.entries(citizen)) expect(text, field).not.toContain(value);
    // Nor any fragment that identifies the citizen.
    for (const fragment of ['欧阳', '建国路', '19491231', '1234567', '483920']) expect(text, fragment).not.toContain(fragment);
    // And the logs are still useful: every record is JSON with its message and context.
    const records = text
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(records.filter((r) => r.msg === 'session ended')).toHaveLength(5);
    expect(records.find((r) => r.msg === 'identity API refused')).toMatchObject({ level: 'warn', code: 'phone.taken', status: 409, component: 'identity' });
    expect(records.some((r) => String(r.msg).includes('[id]'))).toBe(true);
  });
});
