import { afterEach, describe, expect, it, vi } from 'vitest';

/** The i18n module afresh, as after a reload, on a stand-in document (only its root element is touched). */
async function freshPage() {
  vi.resetModules();
  vi.unstubAllGlobals();
  const module = await import('../../../../renderer/i18n');
  // After the import: Vue's DOM runtime looks for a full document when it loads, and there is none here.
  vi.stubGlobal('document', { documentElement: { lang: 'zh-CN', dir: 'ltr' } });
  return module;
}

describe("the hall's language at start", () => {
  afterEach(() => vi.unstubAllGlobals());

  it('is applied when nobody has chosen one yet', async () => {
    const { applyStartLocale, i18n } = await freshPage();
    await applyStartLocale('ug');
    expect(i18n.global.locale.value).toBe('ug');
    expect(document.documentElement.dir).toBe('rtl');
  });

  it('leaves a language a citizen tapped while the settings were on their way', async () => {
    const { applyLocale, applyStartLocale, i18n } = await freshPage();
    const tapped = applyLocale('en');
    await applyStartLocale('zh-CN');
    await tapped;
    expect(i18n.global.locale.value).toBe('en');
    expect(document.documentElement.lang).toBe('en');
  });

  it('still gives way to a later explicit switch (a session ending goes back to the hall language)', async () => {
    const { applyLocale, applyStartLocale, i18n } = await freshPage();
    await applyLocale('en');
    await applyStartLocale('bo');
    await applyLocale('zh-CN');
    expect(i18n.global.locale.value).toBe('zh-CN');
  });
});
