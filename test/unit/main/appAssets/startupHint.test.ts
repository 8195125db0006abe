import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAssetResolver } from '../../../../main/appAssets/assetResolver';
import { startupHintOf, withStartupHint } from '../../../../main/appAssets/startupHint';
import type { StartupHint } from '../../../../common/contract/startupHint';
import { parseStartupHint } from '../../../../renderer/startup/startupHint';

const page = '<!doctype html>\n<html lang="zh-CN"><head><meta charset="UTF-8" /><title>kiosk</title></head><body><div id="app"></div></body></html>\n';

/** The hint block's text in served HTML, as the renderer reads it from the document. */
const hintText = (html: string) => /<script type="application\/json" id="kiosk-startup-hint">(.*?)<\/script>/.exec(html)?.[1];

describe('startup hint', () => {
  it("is the province's languages in its order and the hall's own", () => {
    expect(startupHintOf({ province: 'tibet', defaultLocale: 'bo' })).toEqual({ locales: ['zh-CN', 'bo', 'en'], defaultLocale: 'bo' });
    expect(startupHintOf({ province: 'jilin', defaultLocale: 'zh-CN' })).toEqual({ locales: ['zh-CN', 'en'], defaultLocale: 'zh-CN' });
  });

  it('is served inside index.html (and the app routes that fall back to it), read back by the renderer', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'kiosk-hint-'));
    writeFileSync(path.join(root, 'index.html'), page);
    writeFileSync(path.join(root, 'app.js'), 'export {};\n');
    const hint: StartupHint = { locales: ['zh-CN', 'ug', 'en'], defaultLocale: 'ug' };
    const resolve = createAssetResolver(root, { startupHint: () => hint });
    for (const url of ['/', '/index.html', '/flows/registration']) {
      const html = (await resolve(url))?.body.toString('utf8') ?? '';
      expect(html.indexOf('id="kiosk-startup-hint"')).toBeLessThan(html.indexOf('</head>'));
      expect(parseStartupHint(hintText(html))).toEqual(hint);
    }
    expect((await resolve('/app.js'))?.body.toString('utf8')).toBe('export {};\n');
    expect((await createAssetResolver(root)('/'))?.body.toString('utf8')).toBe(page);
  });

  it('cannot close its element, whatever a value holds', () => {
    const hostile = { locales: ['zh-CN'], defaultLocale: '</script><script>alert(1)</script>' } as unknown as StartupHint;
    const html = withStartupHint(page, hostile);
    expect(html).not.toContain('<script>alert');
    expect(html.match(/<\/script>/g)).toHaveLength(1);
    // Not a language the kiosk has: the renderer ignores the hint and waits for main.
    expect(parseStartupHint(hintText(html))).toBeNull();
  });

  it('is ignored by the renderer when missing, malformed or naming a language the kiosk lacks', () => {
    expect(parseStartupHint(hintText(page))).toBeNull();
    expect(parseStartupHint('{not json')).toBeNull();
    expect(parseStartupHint('null')).toBeNull();
    expect(parseStartupHint('{"locales":[],"defaultLocale":"zh-CN"}')).toBeNull();
    expect(parseStartupHint('{"locales":["zh-CN","fr"],"defaultLocale":"zh-CN"}')).toBeNull();
    expect(parseStartupHint('{"locales":["zh-CN","en"],"defaultLocale":"bo"}')).toBeNull();
    expect(parseStartupHint('{"locales":["zh-CN","bo"],"defaultLocale":"bo"}')).toEqual({ locales: ['zh-CN', 'bo'], defaultLocale: 'bo' });
  });
});
