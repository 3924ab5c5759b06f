/**
 * Pinyin annotations: damaged copies of Chinese news write each character that differs between
 * simplified and traditional script as the traditional form followed by its pinyin in ASCII
 * parentheses, `動(dòng)`. Only a parenthesis holding exactly one Mandarin syllable right after a
 * Chinese character is an annotation; `(社区)`, `(记者何祖谋 李柯)` and `(LED)` are real text.
 */
import { pinyin } from "pinyin-pro";
import { toSimplified } from "./convert.ts";

// Every toneless Mandarin syllable (ü written v), as pinyin-pro reads the CJK Unified Ideographs.
// Kept here rather than derived at run time so the rule is visible and does not shift with a
// dictionary update. The nasal interjections m, n, ng and hng are left out: `(m)` after a
// character is far more often a unit than an annotation.
const SYLLABLE_LINES = [
  "a ai an ang ao ba bai ban bang bao bei ben beng bi bian biao bie bin bing bo bu ca cai can",
  "cang cao ce cen ceng cha chai chan chang chao che chen cheng chi chong chou chu chua chuai",
  "chuan chuang chui chun chuo ci cong cou cu cuan cui cun cuo da dai dan dang dao de dei den",
  "deng di dia dian diao die ding diu dong dou du duan dui dun duo e ei en eng er fa fan fang",
  "fei fen feng fo fou fu ga gai gan gang gao ge gei gen geng gong gou gu gua guai guan guang",
  "gui gun guo ha hai han hang hao he hei hen heng hong hou hu hua huai huan huang hui hun",
  "huo ji jia jian jiang jiao jie jin jing jiong jiu ju juan jue jun ka kai kan kang kao ke",
  "kei ken keng kong kou ku kua kuai kuan kuang kui kun kuo la lai lan lang lao le lei leng",
  "li lia lian liang liao lie lin ling liu lo long lou lu luan lun luo lv lve ma mai man mang",
  "mao me mei men meng mi mian miao mie min ming miu mo mou mu na nai nan nang nao ne nei nen",
  "neng ni nian niang niao nie nin ning niu nong nou nu nuan nuo nv nve o ou pa pai pan pang",
  "pao pei pen peng pi pian piao pie pin ping po pou pu qi qia qian qiang qiao qie qin qing",
  "qiong qiu qu quan que qun ran rang rao re ren reng ri rong rou ru rua ruan rui run ruo sa",
  "sai san sang sao se sen seng sha shai shan shang shao she shei shen sheng shi shou shu",
  "shua shuai shuan shuang shui shun shuo si song sou su suan sui sun suo ta tai tan tang tao",
  "te tei teng ti tian tiao tie ting tong tou tu tuan tui tun tuo wa wai wan wang wei wen",
  "weng wo wu xi xia xian xiang xiao xie xin xing xiong xiu xu xuan xue xun ya yan yang yao",
  "ye yi yin ying yo yong you yu yuan yue yun za zai zan zang zao ze zei zen zeng zha zhai",
  "zhan zhang zhao zhe zhei zhen zheng zhi zhong zhou zhu zhua zhuai zhuan zhuang zhui zhun",
  "zhuo zi zong zou zu zuan zui zun zuo",
];

export const SYLLABLES: ReadonlySet<string> = new Set(SYLLABLE_LINES.join(" ").split(" "));

const TONE_MARKS = /[\u0300\u0301\u0304\u030c]/gu;

/** The toneless syllable a candidate spells (`zhǎng` → zhang, `lǜ`/`lü`/`lv` → lv), or undefined. */
export function toSyllable(candidate: string): string | undefined {
  const plain = candidate
    .normalize("NFD")
    .replace(TONE_MARKS, "")
    .replace(/u\u0308/gu, "v")
    .normalize("NFC")
    // Some copies write the tone as a digit: dong4.
    .replace(/[1-5]$/u, "");
  return SYLLABLES.has(plain) ? plain : undefined;
}

// Lowercase letters with any tone mark or diaeresis, as written inside an annotation.
const ANNOTATION = /(\p{Script=Han})\(([a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜ]{1,6}[1-5]?)\)/gu;

/** Toneless readings of one character (simplified or traditional); empty when unknown. */
export function readingsOf(han: string): string[] {
  const simplified = toSimplified(han);
  return pinyin(simplified, { toneType: "none", multiple: true, type: "array", v: true }).filter(
    (reading) => reading !== simplified,
  );
}

export interface PinyinRemoval {
  text: string;
  removed: number;
  /** Syllables kept because they are not a reading of the character before them. */
  kept: string[];
}

/**
 * Removes pinyin annotations. A syllable that is not a reading of its character (`件(a)`) is
 * kept and reported: it is more likely real text than a damaged annotation.
 */
export function removePinyinAnnotations(text: string): PinyinRemoval {
  let removed = 0;
  const kept: string[] = [];
  const cleaned = text.replace(ANNOTATION, (whole, han: string, inside: string) => {
    const syllable = toSyllable(inside);
    if (syllable === undefined) return whole;
    const readings = readingsOf(han);
    if (readings.length > 0 && !readings.includes(syllable)) {
      kept.push(whole);
      return whole;
    }
    removed += 1;
    return han;
  });
  return { text: cleaned, removed, kept };
}
