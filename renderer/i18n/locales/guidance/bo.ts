import type zhCN from './zh-CN';

/**
 * Pictures, upload progress and receipt printing, Tibetan.
 * Machine-drafted from zh-CN (English as a cross-check): a native reviewer must check every string before release.
 */
export default {
  pictures: {
    card: { name: 'རི་མོ། ཐོབ་ཐང་ལག་ཁྱེར་ཀློག་ཆས་སྟེང་དུ་ལྷེབ་བཞག་ཡོད། པར་ཁ་གྱེན་བསྟན།', caption: 'ཐོབ་ཐང་ལག་ཁྱེར་ཀློག་ཆས་སྟེང་དུ་ལྷེབ་ནས་ཞོག པར་ཁ་གྱེན་དུ་བསྟན་ནས་མ་འགུལ།' },
    face: {
      name: 'རི་མོ། པར་ཆས་ལ་ཐད་ཀར་བལྟས་ནས་སྤྱི་ཚད་50ཙམ་གྱི་ཐག་རིང་། གདོང་ལ་འོད་ཡོད།',
      caption: 'པར་ཆས་ལ་ཐད་ཀར་ལྟོས། ཐག་རིང་ལག་པ་གང་ཙམ། (སྤྱི་ཚད་50) གདོང་ལ་འོད་སྣང་ལྡན་དགོས། ཞྭ་མོ་དང་མིག་ཤེལ་ནག་པོ་མ་གྱོན།',
    },
    document: { name: 'རི་མོ། ཡིག་ཆ་ཡིག་ཆའི་པར་ཆས་འོག་གི་སྒྲོམ་ནང་དུ་ལྷེབ་བཞག་ཡོད།', caption: 'ཡིག་ཆ་ཡིག་ཆའི་པར་ཆས་འོག་ཏུ་ལྷེབ་ནས་ཞོག ཤོག་ངོས་ཧྲིལ་པོ་སྒྲོམ་ནང་དུ་ཡོད་དགོས།' },
    printer: { name: 'རི་མོ། ལག་འཁྱེར་བརྙན་ཡོལ་འོག་གི་པར་སྐྲུན་ཁ་ནས་ཐོན་གྱི་ཡོད།', caption: 'ལག་འཁྱེར་བརྙན་ཡོལ་འོག་གི་ཁ་ནས་ཐོན་ཡོང་། ལེན་རོགས།' },
  },
} satisfies typeof zhCN;
