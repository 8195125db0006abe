/**
 * The syllables of Mandarin in toneless Hanyu Pinyin as typed on a Latin keyboard (`v` for ü,
 * as in `lv`, `nv`; `lue`/`nue` for lüe/nüe). The interjections m, n, ng and hm are left out on
 * purpose: as whole syllables they would split `xian` into `xia` + `n`.
 */
const SYLLABLES = `a ai an ang ao ba bai ban bang bao bei ben beng bi bian biao bie bin bing bo bu ca cai can cang cao ce
cen ceng cha chai chan chang chao che chen cheng chi chong chou chu chua chuai chuan chuang chui chun chuo ci cong cou cu
cuan cui cun cuo da dai dan dang dao de dei den deng di dia dian diao die ding diu dong dou du duan dui dun duo e ei en
eng er fa fan fang fei fen feng fiao fo fou fu ga gai gan gang gao ge gei gen geng gong gou gu gua guai guan guang gui
gun guo ha hai han hang hao he hei hen heng hong hou hu hua huai huan huang hui hun huo ji jia jian jiang jiao jie jin
jing jiong jiu ju juan jue jun ka kai kan kang kao ke kei ken keng kong kou ku kua kuai kuan kuang kui kun kuo la lai
lan lang lao le lei leng li lia lian liang liao lie lin ling liu lo long lou lu luan lue lun luo lv ma mai man mang mao
me mei men meng mi mian miao mie min ming miu mo mou mu na nai nan nang nao ne nei nen neng ni nian niang niao nie nin
ning niu nong nou nu nuan nue nuo nv o ou pa pai pan pang pao pei pen peng pi pian piao pie pin ping po pou pu qi qia
qian qiang qiao qie qin qing qiong qiu qu quan que qun ran rang rao re ren reng ri rong rou ru ruan rui run ruo sa sai
san sang sao se sen seng sha shai shan shang shao she shei shen sheng shi shou shu shua shuai shuan shuang shui shun
shuo si song sou su suan sui sun suo ta tai tan tang tao te tei teng ti tian tiao tie ting tong tou tu tuan tui tun tuo
wa wai wan wang wei wen weng wo wu xi xia xian xiang xiao xie xin xing xiong xiu xu xuan xue xun ya yan yang yao ye yi
yin ying yo yong you yu yuan yue yun za zai zan zang zao ze zei zen zeng zha zhai zhan zhang zhao zhe zhei zhen zheng
zhi zhong zhou zhu zhua zhuai zhuan zhuang zhui zhun zhuo zi zong zou zu zuan zui zun zuo`.split(/\s+/);

const syllableSet = new Set(SYLLABLES);
const prefixSet = new Set(SYLLABLES.flatMap((s) => Array.from({ length: s.length - 1 }, (_, i) => s.slice(0, i + 1))).filter((p) => !syllableSet.has(p)));

/** The longest syllable (`zhuang`, `shuang`, `chuang`) has six letters. */
export const MAX_SYLLABLE_LENGTH = 6;

export function isSyllable(text: string): boolean {
  return syllableSet.has(text);
}

/** A beginning of a syllable that is not a syllable itself: an initial (`zh`, `x`) or a cut-off final (`xio`). */
export function isSyllablePrefix(text: string): boolean {
  return prefixSet.has(text);
}
