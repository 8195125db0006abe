import { readFileSync } from 'node:fs';
import { PinyinDictionary } from '../../../renderer/ime/dictionary';
import { RIME_DICTIONARY, SUPPLEMENT, convertPinyinDictionary } from '../../../scripts/buildPinyinDictionary';

let dictionary: PinyinDictionary | undefined;

/** The dictionary the kiosk ships, converted from the Debian package as the build does. */
export function realDictionary(): PinyinDictionary {
  dictionary ??= new PinyinDictionary(convertPinyinDictionary(readFileSync(RIME_DICTIONARY, 'utf8'), readFileSync(SUPPLEMENT, 'utf8')));
  return dictionary;
}
