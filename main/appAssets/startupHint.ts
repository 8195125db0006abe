import type { HallConfig } from '../../common/config/hallConfig';
import { startupHintElementId, type StartupHint } from '../../common/contract/startupHint';
import { getProvinceProfile } from '../../common/profiles';

export function startupHintOf(config: Pick<HallConfig, 'province' | 'defaultLocale'>): StartupHint {
  return { locales: [...getProvinceProfile(config.province).languages], defaultLocale: config.defaultLocale };
}

/**
 * The page with the hint as a JSON data block at the end of its head. A data block is never run,
 * so the strict script policy is untouched; `<` is escaped so no value can close the element.
 */
export function withStartupHint(html: string, hint: StartupHint): string {
  const json = JSON.stringify(hint).replace(/</g, '\\u003c');
  const block = `<script type="application/json" id="${startupHintElementId}">${json}</script>`;
  const at = html.indexOf('</head>');
  return at < 0 ? html : `${html.slice(0, at)}${block}\n${html.slice(at)}`;
}
