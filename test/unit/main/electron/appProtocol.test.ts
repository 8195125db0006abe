import { describe, expect, it } from 'vitest';
import { registerAppScheme, serveAppProtocol } from '../../../../main/electron/appProtocol';

describe('app protocol', () => {
  it('registers app:// as a secure standard scheme', () => {
    const registered: unknown[] = [];
    registerAppScheme({ registerSchemesAsPrivileged: (s: unknown[]) => registered.push(...s) } as never);
    expect(registered).toEqual([expect.objectContaining({ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) })]);
  });

  it('serves app files with the CSP and 404s other hosts', async () => {
    let handler: ((r: Request) => Promise<Response>) | undefined;
    serveAppProtocol({ handle: (_s: string, h: typeof handler) => (handler = h) } as never, async (p) =>
      p === '/index.html' ? { body: Buffer.from('<html>'), contentType: 'text/html' } : undefined,
    );
    const ok = await handler!(new Request('app://kiosk/index.html'));
    expect(ok.status).toBe(200);
    expect(ok.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(await ok.text()).toBe('<html>');
    expect((await handler!(new Request('app://elsewhere/index.html'))).status).toBe(404);
    expect((await handler!(new Request('app://kiosk/missing.js'))).status).toBe(404);
  });
});
