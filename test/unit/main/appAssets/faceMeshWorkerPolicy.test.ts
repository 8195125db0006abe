import { describe, expect, it } from 'vitest';
import { isFaceMeshWorker, securityHeaders } from '../../../../main/appAssets/contentSecurityPolicy';

const scriptSrc = (headers: Record<string, string>) => (headers['Content-Security-Policy'] ?? '').split('; ').find((d) => d.startsWith('script-src '));

describe('the face-mesh worker policy', () => {
  it('lets only the built face-mesh worker script evaluate strings', () => {
    expect(scriptSrc(securityHeaders(undefined, '/assets/faceMeshWorker-ejFTpU4q.js'))).toBe("script-src 'self' 'wasm-unsafe-eval' 'unsafe-eval'");
    for (const path of [
      '/',
      '/index.html',
      '/assets/index-CVAq_hnY.js',
      '/assets/faceDetectorWorker-CASrl33j.js',
      '/assets/faceMeshWorker-x.js/../index.js',
      '/x/assets/faceMeshWorker-a.js',
    ]) {
      expect(scriptSrc(securityHeaders(undefined, path)), path).toBe("script-src 'self' 'wasm-unsafe-eval'");
    }
    expect(scriptSrc(securityHeaders())).toBe("script-src 'self' 'wasm-unsafe-eval'");
    expect(isFaceMeshWorker('/assets/faceMeshWorker-ejFTpU4q.js')).toBe(true);
  });

  it('keeps every other directive of the page policy', () => {
    const page = (securityHeaders()['Content-Security-Policy'] ?? '').split('; ');
    const worker = (securityHeaders(undefined, '/assets/faceMeshWorker-ejFTpU4q.js')['Content-Security-Policy'] ?? '').split('; ');
    expect(worker.filter((d) => !d.startsWith('script-src '))).toEqual(page.filter((d) => !d.startsWith('script-src ')));
  });
});
