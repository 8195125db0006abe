import path from 'node:path';
import type { ResolvedConfig } from 'vite';
import { describe, expect, it } from 'vitest';
import { buildLocaleMessages, localeMessagesPlugin } from '../../../scripts/localeMessagesPlugin';

const rendererRoot = path.join(__dirname, '../../../renderer');
// Through a variable: the module uses Vite's import.meta.glob, which only Vite (here Vitest) resolves.
const runTimeMerge = '../../../renderer/i18n/localeMessages';

/** The code the app build gets for renderer/i18n/languages/<locale>.ts, evaluated. */
async function languageModule(locale: string): Promise<unknown> {
  const plugin = localeMessagesPlugin();
  (plugin.configResolved as (config: ResolvedConfig) => void)({ root: rendererRoot } as ResolvedConfig);
  const load = plugin.load as (this: { addWatchFile(file: string): void }, id: string) => Promise<string | undefined>;
  const code = await load.call({ addWatchFile: () => undefined }, path.join(rendererRoot, `i18n/languages/${locale}.ts`));
  if (code === undefined) throw new Error(`no module for ${locale}`);
  const module = (await import(`data:text/javascript,${encodeURIComponent(code)}`)) as { default: unknown };
  return module.default;
}

describe('each language built as data', () => {
  it('has exactly the texts the run-time merge gives that language', async () => {
    const { localeMessages } = (await import(/* @vite-ignore */ runTimeMerge)) as { localeMessages: Record<string, unknown> };
    expect(await buildLocaleMessages(rendererRoot)).toEqual(localeMessages);
    expect(await languageModule('en')).toEqual(localeMessages.en);
    expect(await languageModule('bo')).toEqual(localeMessages.bo);
  });

  it('carries no other language: the English module has none of the Chinese titles', async () => {
    const english = JSON.stringify(await languageModule('en'));
    expect(english).toContain('Identity self-service');
    expect(english).not.toContain('统一身份认证');
  });

  it('leaves every other module to Vite', async () => {
    const plugin = localeMessagesPlugin();
    (plugin.configResolved as (config: ResolvedConfig) => void)({ root: rendererRoot } as ResolvedConfig);
    const load = plugin.load as (this: unknown, id: string) => Promise<string | undefined>;
    expect(await load.call({}, path.join(rendererRoot, 'i18n/index.ts'))).toBeUndefined();
    expect(await load.call({}, path.join(rendererRoot, 'i18n/languages/fr.ts'))).toBeUndefined();
  });
});
