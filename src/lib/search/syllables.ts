// Reading a Latin-letter query as pinyin: 'nanhu jichang', 'nanhujichang' or the
// initials 'jxbl'. Runs in the browser, so it carries the syllable table itself
// (≈1 KB) rather than a pinyin library.

const TABLE =
  'a ai an ang ao ba bai ban bang bao bei ben beng bi bian biao bie bin bing bo bu ca cai can cang cao ce cen ceng cha chai chan chang chao che chen cheng chi chong chou chu chua chuai chuan chuang chui chun chuo ci cong cou cu cuan cui cun cuo da dai dan dang dao de dei den deng di dia dian diao die ding diu dong dou du duan dui dun duo e ei en eng er fa fan fang fei fen feng fo fou fu ga gai gan gang gao ge gei gen geng gong gou gu gua guai guan guang gui gun guo ha hai han hang hao he hei hen heng hong hou hu hua huai huan huang hui hun huo ji jia jian jiang jiao jie jin jing jiong jiu ju juan jue jun ka kai kan kang kao ke kei ken keng kong kou ku kua kuai kuan kuang kui kun kuo la lai lan lang lao le lei leng li lia lian liang liao lie lin ling liu lo long lou lu luan lun luo lv lve ma mai man mang mao me mei men meng mi mian miao mie min ming miu mo mou mu na nai nan nang nao ne nei nen neng ni nian niang niao nie nin ning niu nong nou nu nuan nuo nv nve o ou pa pai pan pang pao pei pen peng pi pian piao pie pin ping po pou pu qi qia qian qiang qiao qie qin qing qiong qiu qu quan que qun ran rang rao re ren reng ri rong rou ru rua ruan rui run ruo sa sai san sang sao se sen seng sha shai shan shang shao she shei shen sheng shi shou shu shua shuai shuan shuang shui shun shuo si song sou su suan sui sun suo ta tai tan tang tao te tei teng ti tian tiao tie ting tong tou tu tuan tui tun tuo wa wai wan wang wei wen weng wo wu xi xia xian xiang xiao xie xin xing xiong xiu xu xuan xue xun ya yan yang yao ye yi yin ying yo yong you yu yuan yue yun za zai zan zang zao ze zei zen zeng zha zhai zhan zhang zhao zhe zhei zhen zheng zhi zhong zhou zhu zhua zhuai zhuan zhuang zhui zhun zhuo zi zong zou zu zuan zui zun zuo'

export const SYLLABLES: ReadonlySet<string> = new Set(TABLE.split(' '))
const PREFIXES: ReadonlySet<string> = new Set([...SYLLABLES].flatMap((s) => [...s].map((_, i) => s.slice(0, i + 1))))
const LONGEST = 6

/** A query the reader may have typed as pinyin: letters (ü as v), spaces, apostrophes. */
export const isLatinQuery = (q: string) => /^[a-zA-Z\s']+$/.test(q) && /[a-zA-Z]{2}/.test(q.replace(/[\s']/g, ''))

/** Letters only, lower case: what is matched against a name's joined pinyin. */
export const compactLatin = (q: string) => q.toLowerCase().replace(/[^a-z]/g, '')

export interface Segmentation {
  /** complete syllables */
  syllables: string[]
  /** an unfinished last syllable the reader is still typing, or '' */
  partial: string
}

/**
 * The ways `q` splits into syllables, fewest syllables first (xian before xi an), at most
 * `max`. Spaces and apostrophes the reader typed are boundaries. The last piece may be
 * the start of a syllable, since results update while the reader types.
 */
export function segmentPinyin(q: string, max = 4): Segmentation[] {
  const words = q.toLowerCase().split(/[\s']+/).filter(Boolean)
  let ways: Segmentation[] = [{ syllables: [], partial: '' }]
  for (let w = 0; w < words.length; w++) {
    const last = w === words.length - 1
    const splits = splitWord(words[w]!, last)
    const next: Segmentation[] = []
    for (const way of ways) {
      if (way.partial) continue
      for (const s of splits) next.push({ syllables: [...way.syllables, ...s.syllables], partial: s.partial })
    }
    ways = next.sort((a, b) => a.syllables.length - b.syllables.length).slice(0, max)
    if (ways.length === 0) return []
  }
  return ways
}

function splitWord(word: string, allowPartial: boolean): Segmentation[] {
  const out: Segmentation[] = []
  const walk = (at: number, acc: string[]) => {
    if (out.length >= 16) return
    if (at === word.length) {
      out.push({ syllables: acc, partial: '' })
      return
    }
    for (let len = Math.min(LONGEST, word.length - at); len >= 1; len--) {
      const piece = word.slice(at, at + len)
      if (SYLLABLES.has(piece)) walk(at + len, [...acc, piece])
      else if (allowPartial && at + len === word.length && PREFIXES.has(piece)) out.push({ syllables: acc, partial: piece })
    }
  }
  walk(0, [])
  return out
}
