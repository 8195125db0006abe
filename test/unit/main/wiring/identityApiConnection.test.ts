import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultHallConfig } from '../../../../common/config/defaultHallConfig';
import { silentLogger } from '../../../../main/services/log/logger';
import { connectIdentityApi, type DemoSms, type IdentityApiConnection } from '../../../../main/wiring/identityApiConnection';

describe('identity API connection on a demo kiosk', () => {
  let connection: IdentityApiConnection | undefined;
  let dataDir = '';
  afterEach(async () => {
    await connection?.stop();
    connection = undefined;
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('tells the kiosk each code the embedded server sends, with the phone masked', async () => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'kiosk-demo-sms-'));
    const sent: DemoSms[] = [];
    connection = await connectIdentityApi(
      {
        config: { ...defaultHallConfig, identityApi: { ...defaultHallConfig.identityApi, baseUrl: 'embedded' } },
        source: 'default',
        dataDir,
        baseDir: dataDir,
        overrides: [],
      },
      silentLogger,
      { onDemoSms: (sms) => sent.push(sms) },
    );
    await connection.client.createSmsChallenge({ target: { kind: 'phone', phone: '13900001111' }, purpose: 'person_registration' });

    expect(sent).toHaveLength(1);
    expect(sent[0]?.maskedPhone).toBe('139****1111');
    const res = await fetch(`${connection.embeddedUrl}/dev/sms?phone=13900001111`);
    expect(sent[0]?.code).toBe(((await res.json()) as { code: string }).code);
  });

  it('reports nothing for a refused request', async () => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'kiosk-demo-sms-'));
    const sent: DemoSms[] = [];
    connection = await connectIdentityApi(
      {
        config: { ...defaultHallConfig, identityApi: { ...defaultHallConfig.identityApi, baseUrl: 'embedded' } },
        source: 'default',
        dataDir,
        baseDir: dataDir,
        overrides: [],
      },
      silentLogger,
      { onDemoSms: (sms) => sent.push(sms) },
    );
    await connection.client.createSmsChallenge({ target: { kind: 'phone', phone: '13900001111' }, purpose: 'person_registration' });
    await expect(connection.client.createSmsChallenge({ target: { kind: 'phone', phone: '13900001111' }, purpose: 'person_registration' })).rejects.toThrow();
    expect(sent).toHaveLength(1);
  });
});
