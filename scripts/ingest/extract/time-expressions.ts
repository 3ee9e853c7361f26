import { isoOf, validDay } from '../dates.ts'
import type { DateObject } from '../model.ts'

// Dates written in running text (10月17日下午, 2025年12月26日, 今年4月, 同年10月,
// 11月27日至29日, a bare 11月 after a dated sentence, 昨天), each resolved against
// the publication date and the last year the text itself named. No day is invented.

export interface TimeExpression {
  /** offsets of the written expression in the text */
  start: number
  end: number
  written: string
  date: DateObject
  /** the year was stated in the expression itself (2025年6月), not taken from context */
  explicitYear: boolean
}

const PART_OF_DAY = '(?:上午|下午|晚上|晚间|傍晚|凌晨|早上|中午|晚)?'
const RANGE_END = '(?:\\s*起?[至到~～—–-]\\s*(?:(\\d{1,2})月)?(\\d{1,2})日)?'
const PATTERN = new RegExp(
  [
    // 2025年12月26日(至28日)
    `(?<fy>\\d{4})年(?<fm>\\d{1,2})月(?<fd>\\d{1,2})日${RANGE_END.replace('(\\d{1,2})月', '(?<fem>\\d{1,2})月').replace('(\\d{1,2})日', '(?<fed>\\d{1,2})日')}`,
    // 2025年6月(底)
    `(?<ymy>\\d{4})年(?<ymm>\\d{1,2})月(?!\\d{1,2}日)(?:份)?(?:上旬|中旬|下旬|初|底|末)?`,
    // 今年4月, 同年10月(26日)
    `(?<rel>今年|去年|同年|当年|前年|明年|次年|翌年|第二年)(?<rm>\\d{1,2})月(?:(?<rd>\\d{1,2})日(?:\\s*[至到~～—–-]\\s*(?:(?<rem>\\d{1,2})月)?(?<red>\\d{1,2})日)?)?`,
    // 10月17日(至19日)
    `(?<![年\\d.])(?<mm>\\d{1,2})月(?<md>\\d{1,2})日${RANGE_END.replace('(\\d{1,2})月', '(?<mem>\\d{1,2})月').replace('(\\d{1,2})日', '(?<med>\\d{1,2})日')}`,
    // a bare 11月 (not 3个月, not 11月份的…)
    `(?<![年\\d.个\\-~～至到—–])(?<bm>\\d{1,2})月(?!\\d)(?:份)?(?:上旬|中旬|下旬|初|底|末)?`,
    // 本月8日(至10日), 上月, 本月
    `(?<relm>本月|上月|上个月)(?:(?<rmd>\\d{1,2})日(?:\\s*[至到~～—–-]\\s*(?<rmed>\\d{1,2})日)?)?(?:上旬|中旬|下旬|初|底|末)?`,
    // 16日上午: a day of the paper's month (the month before, if later than the paper)
    `(?<![月\\d.第])(?<od>\\d{1,2})日(?:\\s*[至到~～—–-]\\s*(?<oed>\\d{1,2})日)?(?=上午|下午|晚上|晚间|傍晚|凌晨|早上|中午|晚|，|,|、|\\s|起|在|至|到|召开|举行|举办|开幕|闭幕|正式)`,
    // 昨天, 前天
    `(?<day>昨天|昨日|前天|今天|今日)`,
    // 上周五, 本周三: a weekday, known against a paper dated to the day
    `(?<week>上周|本周|这周)(?<wd>[一二三四五六日天])`,
  ]
    .map((alternative) => `(?:${alternative})`)
    .join('|')
    .replace(/^/, '(?:')
    .concat(')', PART_OF_DAY),
  'g',
)

/** An item opening with digits and 日 where a month and day should be: 123日, 1227日. */
const GLUED_MONTH_DAY = /^(\s*[▲●◆■]?\s*)(\d{3,4})日/

const parts = (v: string) => v.split('-').map(Number) as [number, number?, number?]

function shiftDay(value: string, days: number): string {
  const [y, m, d] = parts(value)
  if (!m || !d) return value
  const t = new Date(Date.UTC(y, m - 1, d + days))
  return isoOf(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate())
}

/**
 * Every date expression in `text`, in order. `published` anchors 今年 and 昨天; a month
 * without a year takes the year last named in the text, or else the publication year
 * (the year before when that month would fall after the paper).
 */
/** What a story has said so far about time: the year it last named, the year heading the chronology it is in. */
export interface Chronology {
  year: number | null
  heading?: number | null
}

export function findTimeExpressions(text: string, published: DateObject | null, context: Chronology = { year: null }): TimeExpression[] {
  const out: TimeExpression[] = []
  const pub = published ? parts(published.value) : null
  // A year on its own line heads a chronology (大事记: 2024年 / 9月26日 … / 10月 …):
  // every date under it, day or not, is in that year.
  const heading = text.match(/^\s*[■●◆▲]?\s*(\d{4})\s*年\s*[:：]?\s*$/)
  if (heading) {
    context.heading = +heading[1]!
    context.year = +heading[1]!
    return out
  }
  // the month this text last named: a bare day after it (6月…；28日…) is in that month
  let lastMonth: [number, number] | null = null
  // The year this paragraph last named. A bare month (11月) continues the chronology of
  // the paragraphs before it, so it may also take the year the story last named
  // (carried by the caller); a day (5月29日) is a news peg, read against the paper.
  let lastYear: number | null = null
  const carried = context.year
  let relativeYear = false
  let mentionsSeen = 0
  const paperYear = (month: number): number | null => (pub ? (pub[1] !== undefined && month > pub[1] ? pub[0] - 1 : pub[0]) : null)
  const yearFor = (month: number): number | null => {
    if (lastYear !== null) return lastYear
    if (context.heading != null) return context.heading
    if (!pub) return null
    return pub[1] !== undefined && month > pub[1] ? pub[0] - 1 : pub[0]
  }
  // years named on their own (2024年，…) set the context for later months
  // (not a year planned for: 计划2027年建成, 到2030年; 今年 and 去年 on their own count)
  const yearMentions = [
    ...[...text.matchAll(/(?<!\d)(\d{4})年(?!\d{1,2}月|度)/g)]
      .filter((m) => !/(?:计划|预计|力争|争取|将|拟|到|目标|有望|明年)[^，。；]{0,3}$/.test(text.slice(Math.max(0, m.index - 6), m.index)))
      .map((m) => ({ at: m.index, year: +m[1]! })),
    ...(pub ? [...text.matchAll(/(今年|去年|前年)(?![\d一二三四五六七八九十]{1,2}月|度|以来)/g)].map((m) => ({ at: m.index, year: pub[0] + ({ 今年: 0, 去年: -1, 前年: -2 } as Record<string, number>)[m[1]!]! })) : []),
  ].sort((a, b) => a.at - b.at)
  // a month's chronicle may print an item's month and day without 月 (123日 = 12月3日 in a 12月 大事记)
  const glued = pub && pub[1] !== undefined ? text.match(GLUED_MONTH_DAY) : null
  if (glued && pub && glued[2]!.startsWith(String(pub[1]))) {
    const value = isoOf(pub[0], pub[1]!, +glued[2]!.slice(String(pub[1]).length))
    if (validDay(value) && value.length === 10) {
      const start = glued.index! + glued[1]!.length
      out.push({ start, end: start + glued[2]!.length + 1, written: `${glued[2]}日`, date: { value, end: null, inferred: true, evidence: `${glued[2]}日` }, explicitYear: false })
      lastMonth = [pub[0], pub[1]!]
    }
  }
  for (const m of text.matchAll(PATTERN)) {
    for (const y of yearMentions)
      if (y.at < m.index && y.at >= mentionsSeen && y.year >= 1900 && y.year <= 2100) {
        lastYear = y.year
        relativeYear = false
      }
    mentionsSeen = m.index
    const g = m.groups!
    let value: string | null = null
    let end: string | null = null
    let explicitYear = false
    let inferred = true
    if (g['fy']) {
      const y = +g['fy']
      value = isoOf(y, +g['fm']!, +g['fd']!)
      if (g['fed']) end = isoOf(y, g['fem'] ? +g['fem'] : +g['fm']!, +g['fed'])
      explicitYear = true
      inferred = false
      lastYear = y
      relativeYear = false
    } else if (g['ymy']) {
      const y = +g['ymy']
      value = isoOf(y, +g['ymm']!)
      explicitYear = true
      inferred = false
      lastYear = y
      relativeYear = false
    } else if (g['rel']) {
      // 同年 is the year the text last named; 次年 the one after it (1994年5月…次年3月 is 1995)
      const chained = g['rel'] === '同年' || g['rel'] === '当年'
      const following = g['rel'] === '次年' || g['rel'] === '翌年' || g['rel'] === '第二年'
      const named: number | null = lastYear ?? carried
      const base: number | null = chained ? named : following ? (named !== null ? named + 1 : null) : pub ? pub[0] + ({ 今年: 0, 去年: -1, 前年: -2, 明年: 1 } as Record<string, number>)[g['rel']]! : null
      if (base !== null) value = isoOf(base, +g['rm']!, g['rd'] ? +g['rd'] : null)
      if (base !== null && g['red']) end = isoOf(base, g['rem'] ? +g['rem'] : +g['rm']!, +g['red'])
      if (base !== null && following) lastYear = base
      if (base !== null && !chained && !following) {
        lastYear = base
        relativeYear = true
      }
    } else if (g['mm']) {
      // after 去年12月, a 6月12日 is a news peg of this year's paper again, not of last year
      let y = relativeYear ? paperYear(+g['mm']) : yearFor(+g['mm'])
      // a day later than the paper in the paper's own year has not happened yet: it is last year's
      if (y !== null && pub && pub[1] !== undefined && y === pub[0] && (+g['mm'] > pub[1] || (+g['mm'] === pub[1] && pub[2] !== undefined && +g['md']! > pub[2]))) y -= 1
      if (y !== null) {
        value = isoOf(y, +g['mm'], +g['md']!)
        if (g['med']) {
          const em = g['mem'] ? +g['mem'] : +g['mm']
          end = isoOf(em < +g['mm'] ? y + 1 : y, em, +g['med'])
        }
      }
    } else if (g['bm']) {
      // a bare month continues the chronology: the year of the last date this text gave
      let y = lastMonth?.[0] ?? lastYear ?? carried ?? yearFor(+g['bm'])
      // a chronology runs forward: after 同年10月, a 9月 is the next year's, if the paper is that late
      if (y !== null && lastMonth && lastMonth[0] === y && +g['bm'] < lastMonth[1] && pub && (y + 1 < pub[0] || (y + 1 === pub[0] && (pub[1] === undefined || +g['bm'] <= pub[1])))) y += 1
      if (y !== null) value = isoOf(y, +g['bm'])
    } else if (g['relm'] && pub) {
      const back = g['relm'] === '本月' ? 0 : 1
      const t = new Date(Date.UTC(pub[0], (pub[1] ?? 1) - 1 - back, 1))
      const [y, mo] = [t.getUTCFullYear(), t.getUTCMonth() + 1]
      if (pub[1] !== undefined) {
        value = isoOf(y, mo, g['rmd'] ? +g['rmd'] : null)
        if (g['rmed']) end = isoOf(y, mo, +g['rmed'])
      }
    } else if (g['od'] && lastMonth) {
      value = isoOf(lastMonth[0], lastMonth[1], +g['od'])
      if (g['oed']) end = isoOf(lastMonth[0], lastMonth[1], +g['oed'])
    } else if (g['od'] && pub && pub[1] !== undefined) {
      // a bare day is only known against a paper dated to the day
      if (pub[2] !== undefined) {
        const day = +g['od']
        const back = day > pub[2] ? 1 : 0
        const t = new Date(Date.UTC(pub[0], pub[1] - 1 - back, 1))
        value = isoOf(t.getUTCFullYear(), t.getUTCMonth() + 1, day)
        if (g['oed']) end = isoOf(t.getUTCFullYear(), t.getUTCMonth() + 1, +g['oed'])
      }
    } else if (g['week'] && published && pub && pub[2] !== undefined) {
      // weeks run Monday to Sunday; 上周五 in a Friday paper is seven days before it
      const paperWeekday = (new Date(Date.UTC(pub[0], pub[1]! - 1, pub[2])).getUTCDay() + 6) % 7
      const wanted = '一二三四五六'.indexOf(g['wd']!) >= 0 ? '一二三四五六'.indexOf(g['wd']!) : 6
      value = shiftDay(published.value, wanted - paperWeekday - (g['week'] === '上周' ? 7 : 0))
    } else if (g['day'] && published) {
      const offset = ({ 昨天: -1, 昨日: -1, 前天: -2, 今天: 0, 今日: 0 } as Record<string, number>)[g['day']]!
      // against a paper dated only to the month, 昨天 is known only to the month
      value = pub && pub[2] !== undefined ? shiftDay(published.value, offset) : published.value
    }
    if (!value || !validDay(value) || (end && (!validDay(end) || end < value))) continue
    if (value.length >= 7) lastMonth = [+value.slice(0, 4), +value.slice(5, 7)]
    out.push({ start: m.index, end: m.index + m[0].length, written: m[0], date: { value, end, inferred, evidence: m[0] }, explicitYear })
  }
  const after = out.at(-1)?.end ?? -1
  for (const y of yearMentions) if (y.at >= after && y.year >= 1900 && y.year <= 2100) lastYear = y.year
  context.year = lastYear ?? carried
  return out
}
