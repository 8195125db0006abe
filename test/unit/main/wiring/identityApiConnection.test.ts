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
  /** A demo kiosk's connection to its embedded reference server, in a fresh data directory. */
  async function connectDemo(sent: DemoSms[]): Promise<IdentityApiConnection> {
    dataDir = mkdtempSync(path.join(tmpdir(), 'kiosk-demo-sms-'));
    const config = { ...defaultHallConfig, identityApi: { ...defaultHallConfig.identityApi, baseUrl: 'embedded' } };
    return connectIdentityApi({ config, source: 'default', dataDir, baseDir: dataDir, overrides: [] }, silentLogger, { onDemoSms: (sms) => sent.push(sms) });
  }

  afterEach(async () => {
    await connection?.stop();
    connection = undefined;
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('tells the kiosk each code the embedded server sends, with the phone masked', async () => {
    const sent: DemoSms[] = [];
    connection = await connectDemo(sent);
    await connection.client.createSmsChallenge({ target: { kind: 'phone', phone: '13900001111' }, purpose: 'person_registration' });

    expect(sent).toHaveLength(1);
    expect(sent[0]?.maskedPhone).toBe('139****1111');
    const res = await fetch(`${connection.embeddedUrl}/dev/sms?phone=13900001111`);
    expect(sent[0]?.code).toBe(((await res.json()) as { code: string }).code);
  });

  it('reports nothing for a refused request', async () => {
    const sent: DemoSms[] = [];
    connection = await connectDemo(sent);
    await connection.client.createSmsChallenge({ target: { kind: 'phone', phone: '13900001111' }, purpose: 'person_registration' });
    await expect(connection.client.createSmsChallenge({ target: { kind: 'phone', phone: '13900001111' }, purpose: 'person_registration' })).rejects.toThrow();
    expect(sent).toHaveLength(1);
  });
});
