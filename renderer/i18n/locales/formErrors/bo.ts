import type zhCN from './zh-CN';

/**
 * Errors that speak, Tibetan.
 * Machine-drafted from zh-CN (English as a cross-check): a native reviewer must check every string before release.
 */
export default {
  blocked: 'ད་དུང་རྗེས་མའི་གོམ་པར་འགྲོ་མི་ཐུབ།',
  incomplete: 'སྔོན་ལ་ཤོག་ངོས་འདི་འགྲུབ་རོགས།',
  fieldRulesLeft: '{label}: ད་དུང་བླང་བྱ་ {count} ཚང་མེད།',
  fieldRule: '{label}: ཚང་མེད། {rule}',
  unmet: 'ཚང་མེད། ',
  met: 'ཚང་ཡོད། ',
  cancelTitle: 'ལས་དོན་འདི་མཚམས་འཇོག་གམ།',
  cancelBody: 'ཁྱེད་ཀྱིས་བཀང་བའི་ཆ་འཕྲིན་ཚང་མ་བསུབ་རྒྱུ་ཡིན། ཡང་བསྐྱར་འགོ་ནས་འཛུགས་དགོས།',
  cancelKeep: 'མུ་མཐུད།',
  cancelConfirm: 'མཚམས་འཇོག',
} satisfies typeof zhCN;
