import type { DateObject } from '../model.ts'
import { tag } from '../words.ts'
import { clauseStart, insideShortQuote, sentenceAt, sentences, type Span } from './sentences.ts'
import { MULTIPLIERS, PER, UNITS } from './units.ts'
import { findTimeExpressions } from './time-expressions.ts'
import { isoOf } from '../dates.ts'

// Figures (SPEC section 2, metrics): every quantity written with digits and a unit,
// with its qualifier (约, 近, 超, 多, 余, 以上, 可达), normalised value, label, period
// and quote. Years, dates, ordinals, numbers inside names and weather are not figures.

export type Qualifier = 'exact' | 'approx' | 'nearly' | 'more-than' | 'at-least' | 'up-to'

export interface FigureMention {
  /** offsets of the written figure (first digit to end of unit) in the block text */
  start: number
  end: number
  /** the figure as printed, from its first digit to the end of its unit: 773.95亿元, 40多个 */
  written: string
  value: number
  /** the unit as written, with its multiplier: 亿元, 万台, %, 个 */
  unit: string
  normalized: { value: number; unit: string }
  qualifier: Qualifier
  label: string | null
  period: string | null
  periodDate: DateObject | null
  /** the sentence the figure stands in */
  quote: string
  /** where the quote starts in the block text */
  quoteStart: number
  /** free-text subject (a place) when no enterprise or project is named: filled by the resolver otherwise */
  subjectText: string | null
}

const unitAlternatives = UNITS.map((u) => u.written.replace(/[%/]/g, '\\$&')).join('|')
const perAlternatives = PER.map((p) => p.replace(/\//g, '\\/')).join('|')
const FIGURE = new RegExp(
  `(?<![\\d.A-Za-z])(?<!\\d,)(?:(?<=[^\\d.])(?<sign>[-−]))?(?<num>\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)(?<inner>多|余)?(?<mult>万亿|亿|万|千|百)?(?<inner2>多|余)?(?<unit>${unitAlternatives})?(?<per>(?:${perAlternatives}){1,2})?`,
  'g',
)

const LEADING: [RegExp, Qualifier][] = [
  // (签约, 合约, 预约 are no 约)
  [/(?:(?<![签合预节制公条履特契相])约|大约|左右约)$/, 'approx'],
  [/(?:将近|接近|近)$/, 'nearly'],
  [/(?:可达|最高达|最多|最高|至多|最长|不超过|(?:不宜|不得|不能|不可|不应)超过|不高于|不足|不到|放大至|最高(?:给予|可|补助|奖励)[\u4e00-\u9fff]{0,2})$/, 'up-to'],
  [/(?:超过|超|逾|突破|多达)$/, 'more-than'],
  [/(?:不少于|不低于|至少)$/, 'at-least'],
]
const TRAILING: [RegExp, Qualifier][] = [
  [/^(?:以上|多)/, 'more-than'],
  [/^(?:左右|上下)/, 'approx'],
  [/^(?:以内|以下)/, 'up-to'],
]

/** Words between a label and its figure: verbs of reaching and comparing, adverbs. */
const LINKING = new Set(['为', '达', '达到', '增至', '增长', '增长至', '增加', '增加到', '超', '超过', '突破', '约', '近', '共', '共计', '累计', '合计', '实现', '完成', '是', '有', '占', '至', '到', '在', '保持', '保持在', '均', '已', '已达', '总', '分别', '分别为', '同比增长', '提高', '提升', '减少', '下降', '降至', '升至', '高达', '可达', '逾', '仅', '只', '才', '就', '还', '也', '都', '亦', '再', '全年', '新增', '累计完成', '完成投资', '总额', '年产'])
const LABEL_TAGS = /^(n|nz|vn|an|b|j|l|nt|eng|ng)/

function qualifierOf(before: string, after: string, inner: string | undefined): Qualifier {
  // 1年至8年不等, 罚金1万元至15万元: the bounds of a range
  if (/^[至到~～]\s*\d/.test(after)) return 'at-least'
  if (/\d[^\d\s，。；、]{0,3}[至到~～]\s*$/.test(before)) return 'up-to'
  for (const [re, q] of LEADING) if (re.test(before)) return q
  if (inner) return 'more-than'
  for (const [re, q] of TRAILING) if (re.test(after)) return q
  return 'exact'
}

/** Not a figure: a year (2025年), part of a date (10月31日), an ordinal (第3批), a figure in a name or slogan (“15分钟生活圈”), weather. */
function excluded(text: string, start: number, num: string, unit: string | undefined, after: string): boolean {
  if (!unit) return true
  if (/第$/.test(text.slice(Math.max(0, start - 1), start))) return true
  // the second end of a range (10—15%) or a sum (5+2年)
  if (/\d[+＋~～\-—–至到]$/.test(text.slice(Math.max(0, start - 2), start))) return true
  if (unit === '年' && (+num.replace(/,/g, '') >= 1000 || /^度/.test(after))) return true
  if ((unit === '年' || unit === '天' || unit === '个月') && /^(?:级)/.test(after)) return true
  // 未来3年内, 今后3年: the period of another figure, not a figure of its own; 成立104周年 is an ordinal
  if ((unit === '年' || unit === '个月' || unit === '天') && /(?:未来|今后|此后|近)$/.test(text.slice(Math.max(0, start - 2), start))) return true
  if (unit === '年' && after.startsWith('周年')) return true
  if (unit === '周年') return true
  // 前10个月: the period of another figure
  if ((unit === '个月' || unit === '天') && /前$/.test(text.slice(Math.max(0, start - 1), start))) return true
  // 端午假期（5月31日至6月2日）3天: the length of a span just given, not a figure of its own
  if ((unit === '天' || unit === '日') && /[至到—-]\s*(?:\d{1,2}月)?\d{1,2}日[）)]$/.test(text.slice(Math.max(0, start - 12), start))) return true
  // HS编码940179, LF-2300: a code, not an amount
  if (/(?:[A-Za-z][A-Za-z\-]*\s*|编码|代码|型号)$/.test(text.slice(Math.max(0, start - 6), start))) return true
  // 水位涨至4.12米, 风速38米/秒, 积水1米: readings of weather and water, not figures
  if (/^(?:米|厘米|毫米|米\/秒)$/.test(unit) && /(?:水位|风速|风力|降雨|雨量|积水|潮位|浪高|水深|水位差)[^，。；]{0,10}$/.test(text.slice(Math.max(0, start - 14), start))) return true
  // 24小时值守, 7×24小时: round the clock, not a duration
  if (unit === '小时' && /^24$/.test(num) && (/^(?:联合)?(?:值守|值班|在线|服务|不间断|营业|监测|待命)/.test(after) || /×$/.test(text.slice(Math.max(0, start - 1), start)))) return true
  // 10亿元以上项目9个: the threshold that names a counted kind, not an amount
  if (/^以上(?:的)?(?:项目|企业|工业企业|产业项目|重大项目)/.test(after)) return true
  // 5万吨级泊位, 1800标箱级船舶: the class of a ship or berth, not an amount
  if (after.startsWith('级')) return true
  // 2小时11分36秒: a time on the clock or a race result, not an amount
  if (/^(?:小时|个小时)$/.test(unit) && /^\d{1,2}分/.test(after)) return true
  // 上世纪90年代: a decade
  if (unit === '年' && after.startsWith('代')) return true
  if (/^[A-Za-z]/.test(after) && !/[A-Za-z%]$/.test(unit)) return true
  if (insideShortQuote(text, start)) return true
  return false
}

/** The period a figure is for: 2025年, 今年前三季度, 截至今年9月底, 1-9月. */
const PERIOD = /(?:截至|截止|截止到|到)?(?:(\d{4})年|(今年|去年|上年|同年|当年))?(前三季度|一季度|二季度|三季度|四季度|第[一二三四]季度|上半年|下半年|全年|年底|年末|(\d{1,2})[-—~至到](\d{1,2})月|(\d{1,2})月(?:底|末|份)?)?/g

function periodOf(clause: string, clauseOffset: number, figureAt: number, text: string, published: DateObject | null): { period: string | null; date: DateObject | null } {
  let best: RegExpMatchArray | null = null
  for (const m of clause.matchAll(PERIOD)) {
    if (!m[0] || m.index + clauseOffset >= figureAt) continue
    if (!m[1] && !m[2] && !m[3]) continue
    // a bare month belongs to a date (10月31日), not a period
    if (m[6] && !m[1] && !m[2] && /^\d{1,2}日/.test(clause.slice(m.index + m[0].length))) continue
    if (m[1] && /^\d{1,2}月\d{1,2}日/.test(clause.slice(m.index + m[0].length))) continue
    best = m
  }
  if (!best) return { period: null, date: null }
  const pubYear = published ? +published.value.slice(0, 4) : null
  const lastYear = [...text.slice(0, figureAt).matchAll(/(\d{4})年/g)].map((m) => +m[1]!).at(-1) ?? null
  const year = best[1] ? +best[1] : best[2] === '今年' ? pubYear : best[2] === '去年' || best[2] === '上年' ? (pubYear && pubYear - 1) : best[2] ? lastYear : pubYear
  const period = best[0]
  if (!year) return { period, date: null }
  const sub = best[3]
  const quarter = (q: number) => ({ value: isoOf(year, q * 3 - 2), end: isoOf(year, q * 3) })
  let range: { value: string; end: string | null } = { value: String(year), end: null }
  if (sub === '前三季度') range = { value: isoOf(year, 1), end: isoOf(year, 9) }
  else if (sub && /一季度/.test(sub)) range = quarter(1)
  else if (sub && /二季度/.test(sub)) range = quarter(2)
  else if (sub && /三季度/.test(sub)) range = quarter(3)
  else if (sub && /四季度/.test(sub)) range = quarter(4)
  else if (sub === '上半年') range = { value: isoOf(year, 1), end: isoOf(year, 6) }
  else if (sub === '下半年') range = { value: isoOf(year, 7), end: isoOf(year, 12) }
  else if (sub === '年底' || sub === '年末') range = { value: isoOf(year, 12), end: null }
  else if (best[4] && best[5]) range = { value: isoOf(year, +best[4]), end: isoOf(year, +best[5]) }
  else if (best[6]) range = { value: isoOf(year, +best[6]), end: null }
  return { period, date: { ...range, inferred: !best[1], evidence: period } }
}

/** What the figure measures: the noun phrase after its measure word (31家参建单位), or before the figure (交易额增至…). */
function labelOf(clauseBefore: string, after: string, isCount: boolean): string | null {
  if (isCount) {
    const words = tag(after.slice(0, 16))
    const picked: string[] = []
    for (const w of words) {
      if (!LABEL_TAGS.test(w.tag) || LINKING.has(w.word)) break
      picked.push(w.word)
    }
    const label = picked.join('')
    if (label.length >= 2) return label.slice(0, 16)
  }
  const stripped = clauseBefore.replace(/[“”"‘’（）()]/g, '')
  const words = tag(stripped.slice(-24))
  let i = words.length - 1
  while (i >= 0 && (LINKING.has(words[i]!.word) || !LABEL_TAGS.test(words[i]!.tag))) {
    if (!LINKING.has(words[i]!.word) && !/^(d|p|v|c|u|m|q|f|r|x|t)/.test(words[i]!.tag)) break
    i--
  }
  const picked: string[] = []
  for (; i >= 0 && picked.join('').length < 12; i--) {
    const w = words[i]!
    if (!LABEL_TAGS.test(w.tag) || LINKING.has(w.word)) break
    picked.unshift(w.word)
  }
  const label = picked.join('')
  return label.length >= 2 ? label : null
}

/** A place named in the clause, as the subject of a figure that no enterprise or project owns. */
function placeOf(sentence: string): string | null {
  const m = sentence.match(/全市|全省|全区|全县|我市|我省|我区/)
  if (m) return m[0]
  for (const w of tag(sentence)) if (w.tag === 'ns' && w.word.length >= 2) return w.word
  return null
}

/** Every figure in one block of text. */
export function findFigures(text: string, published: DateObject | null): FigureMention[] {
  const out: FigureMention[] = []
  const all = sentences(text)
  const dates = findTimeExpressions(text, published)
  for (const m of text.matchAll(FIGURE)) {
    const g = m.groups!
    const start = m.index
    let end = start + m[0].length
    const unit = g['unit']
    const after = text.slice(end, end + 12)
    // 30余万居民: a count in 万 or 亿 whose noun follows without a measure word
    const bareCount = !unit && (g['mult'] === '万' || g['mult'] === '亿') && /^[\u4e00-\u9fff]/.test(after)
    if (!bareCount && excluded(text, start, g['num']!, unit, after)) continue
    if (bareCount && (/第$/.test(text.slice(Math.max(0, start - 1), start)) || insideShortQuote(text, start))) continue
    // inside a written date (2025年10月): the date finder owns it
    if (dates.some((d) => start >= d.start && start < d.end)) continue
    const rule = unit ? UNITS.find((u) => u.written === unit)! : { written: '', base: 'count', factor: 1 }
    const num = (g['sign'] ? -1 : 1) * +g['num']!.replace(/,/g, '')
    const mult = g['mult'] ? MULTIPLIERS[g['mult']]! : 1
    const inner = g['inner'] ?? g['inner2']
    const written = text.slice(start, end)
    const unitWritten = written.replace(/^[-−]?[\d.,]+/, '').replace(/^(多|余)/, '').replace(/(多|余)(?=[^多余]*$)/, '')
    const sentence = sentenceAt(all, start)!
    const cStart = clauseStart(text, sentence, start)
    const before = text.slice(Math.max(sentence.start, start - 6), start)
    // the period may stand in an earlier clause of the sentence (今年前三季度，嘉兴实现…)
    const { period, date } = periodOf(text.slice(sentence.start, sentence.end), sentence.start, start, text, published)
    const base = g['per'] ? `${rule.base}${g['per'].replace(/^每/, '/').replace('小时', 'h').replace('分钟', 'min').replace('/秒', '/s').replace('/平方米', '/m²').replace('/吨', '/t').replace('/公斤', '/kg').replace('/千瓦时', '/kWh').replace('/年', '/year').replace('/天', '/day').replace('/日', '/day').replace('/月', '/month')}` : rule.base
    // twelve significant digits: 2165.2亿 is 216520000000, not 216519999999.99997
    const value = Number((num * mult * rule.factor).toPrecision(12))
    end = start + written.length
    out.push({
      start,
      end,
      written,
      value: num,
      unit: unitWritten,
      normalized: { value, unit: base },
      qualifier: qualifierOf(before, text.slice(end, end + 3), inner ?? (/多/.test(unit ?? '') ? '多' : undefined)),
      label: labelOf(text.slice(cStart, start).replace(/(?:约|大约|将近|接近|近|可达|最高达|最多|高达|超过|超|逾|突破|多达|不少于|不低于|至少)$/, ''), text.slice(end), rule.base === 'count'),
      period,
      periodDate: date,
      quote: sentence.text,
      quoteStart: sentence.start,
      subjectText: placeOf(sentence.text),
    })
  }
  return out
}

export type { Span }
