import type { DateObject } from './model.ts'
import { ITEM_MARKER } from './text.ts'

// Publication dates and datelines (SPEC section 3). A print export rarely states its
// own date, so the year and month are inferred from what the text reports, and every
// inference keeps the quote it came from. No day is ever invented.

const pad = (n: number) => String(n).padStart(2, '0')
/** Whether YYYY-MM(-DD) names a real month and day (no 13月, no 2月30日). */
export function validDay(value: string): boolean {
  const [y, m, d] = value.split('-').map(Number)
  if (m === undefined) return true
  if (m < 1 || m > 12) return false
  return d === undefined || (d >= 1 && d <= new Date(Date.UTC(y!, m, 0)).getUTCDate())
}

export const isoOf = (y: number, m?: number | null, d?: number | null) =>
  m ? (d ? `${y}-${pad(m)}-${pad(d)}` : `${y}-${pad(m)}`) : String(y)

/** Sentences with their offsets, for quoting evidence. */
function sentences(text: string): string[] {
  return text.split(/(?<=[。！？!?\n])/).map((s) => s.trim()).filter(Boolean)
}

function quote(sentence: string, at: number, len = 28): string {
  const from = Math.max(0, at - 10)
  const s = sentence.slice(from, from + len + 10).trim()
  return (from > 0 ? '…' : '') + s + (from + len + 10 < sentence.length ? '…' : '')
}

/** Sentences that plan or aim (将, 计划, 目标 …) report no past happening. */
const FUTURE = /将|计划|预计|力争|争取|拟|目标|确保|要在|前完成|愿|期待|展望|新的一年/

const FULL_DATE = /(\d{4})年(\d{1,2})月(\d{1,2})日/g
const YEAR_MONTH = /(\d{4})年(\d{1,2})月(?!\d{1,2}日)/g
const MONTH_DAY = /(?<![年\d])(\d{1,2})月(\d{1,2})日(?:\s*[至到~～—-]\s*(?:(\d{1,2})月)?(\d{1,2})日)?/g
const THIS_YEAR_MONTH = /今年(\d{1,2})月/g

interface YearVote {
  year: number
  weight: number
  evidence: string
}

/** 一 … 十 and 两 as numbers; digits pass through. */
function chineseNumber(t: string): number {
  if (/^\d+$/.test(t)) return +t
  return t === '两' ? 2 : '一二三四五六七八九十'.indexOf(t) + 1
}

/**
 * The five-year plans: the 3rd began in 1966 and each lasts five years, so
 * “十五五”开局之年 is 2026 and the 十四五 收官之年 2025.
 */
function planYear(text: string): YearVote | null {
  const m = text.match(/“?十([一二三四五六七八九])五”?(?:规划)?的?(开局之年|收官之年|开局|收官)/)
  if (!m) return null
  const start = 1966 + 5 * (10 + chineseNumber(m[1]!) - 3)
  return { year: m[2]!.startsWith('开局') ? start : start + 4, weight: 2, evidence: m[0] }
}

const ISSUE = /(\d{4})\s*年\s*第\s*\d{1,3}\s*期/
/** An issue line that states its month: 澜泓人　2025年11月　总第86期 */
const ISSUE_MONTH = /(\d{4})\s*年\s*(\d{1,2})\s*月[\s\u3000]*(?:[（(][^）)]{0,8}[）)])?[\s\u3000]*总?第\s*\d{1,4}\s*期/

/** Which year the document was written in, from every kind of evidence the text holds. */
export function inferYear(blocks: string[], masthead = ''): YearVote | null {
  const votes: YearVote[] = []
  const bounds: YearVote[] = []
  // The issue line of a periodical names its year outright: 2025年第12期（年度特刊）
  for (const line of [masthead, ...blocks.filter((b) => b.length <= 40)]) {
    const issue = line.match(ISSUE) ?? line.match(ISSUE_MONTH)
    if (issue) votes.push({ year: +issue[1]!, weight: 6, evidence: issue[0] })
  }
  blocks.forEach((block, bi) => {
    const sents = sentences(block)
    for (const s of sents) {
      // A clause that reports a dated happening bounds the year from below, even in a
      // sentence that goes on to a plan (2025年3月开工，…；二期计划2027年建成)
      // (a quoted target, “2025年6月底完工”, is no happening)
      for (const clause of s.replace(/“[^”]*”/g, '').split(/[，,；;]/)) {
        if (FUTURE.test(clause)) continue
        for (const m of clause.matchAll(YEAR_MONTH)) bounds.push({ year: +m[1]!, weight: 0, evidence: quote(s, s.indexOf(m[0])) })
      }
      // a year that opens a clause of its own (2023年，某村办起…) dates a past happening to the year
      for (const m of s.matchAll(/(?:^|[，,。；;])\s*(?:在|于|到)?((?:19|20)\d{2})年[，,]/g)) {
        if (!FUTURE.test(s.slice(m.index!, m.index! + 40))) bounds.push({ year: +m[1]!, weight: 0, evidence: quote(s, m.index!) })
      }
      // A year-end look back names the year still running: 即将过去的2025年, 2025年即将过去
      for (const m of s.matchAll(/即将过去的(\d{4})年|(\d{4})年即将过去/g)) votes.push({ year: +(m[1] ?? m[2])!, weight: 5, evidence: quote(s, m.index!) })
      // A sentence that plans or aims names years to come, not the present one.
      if (FUTURE.test(s)) continue
      // A year named in the same sentence as a 月日 without one (10月24日上午，2024年世界互联网大会…)
      for (const m of s.matchAll(MONTH_DAY)) {
        // (not the end of a span, 2026—2028年, which names years to come)
        const y = s.match(/(?<![\d][—\-–~～至到])(?<!\d)(\d{4})年(?!\s*[—\-–~～至到]\s*\d{4})/)
        if (y) votes.push({ year: +y[1]!, weight: 3, evidence: quote(s, m.index!) })
        else {
          // …or in the same paragraph with the same month (于2024年10月顺利获批 … 10月31日)
          const same = [...block.matchAll(YEAR_MONTH)].find((x) => +x[2]! === +m[1]!)
          const issue = block.match(/(\d{4})年度/)
          if (same) votes.push({ year: +same[1]!, weight: 3, evidence: `${m[0]} … ${same[0]}` })
          else if (issue) votes.push({ year: +issue[1]!, weight: 2, evidence: `${issue[0]} … ${m[0]}` })
        }
      }
      // Looking back on a year that is over: 一年前——2025年, 截至2025年末, 回首2025年
      for (const m of s.matchAll(/([一两二三四五六七八九十\d]+)年前[^\d]{0,4}(\d{4})年/g)) {
        votes.push({ year: +m[2]! + chineseNumber(m[1]!), weight: 4, evidence: quote(s, m.index!) })
      }
      for (const m of s.matchAll(/(?:截至|截止|回首|回望|回顾)(\d{4})年(末|底|全年)?/g)) {
        if (m[2] || /回首|回望|回顾/.test(m[0])) votes.push({ year: +m[1]! + 1, weight: 3, evidence: quote(s, m.index!) })
      }
      // Naming the present year: 走进2026年, 2026年是…开局之年, 2026年一开年
      for (const m of s.matchAll(/(?:走进|迈入|步入)(\d{4})年|(\d{4})年(?:是|一开年|开年|伊始)/g)) {
        votes.push({ year: +(m[1] ?? m[2])!, weight: 2, evidence: quote(s, m.index!) })
      }
      const plan = planYear(s)
      if (plan) votes.push(plan)
      // Results reported for part of a year (2025年前三季度, 2025年1—8月, 2025年上半年) are
      // reported in that year
      for (const m of s.matchAll(/(\d{4})年(?:前三季度|一季度|二季度|三季度|上半年|1\s*[—\-–~至到]\s*\d{1,2}月|前\d{1,2}个月)/g)) {
        votes.push({ year: +m[1]!, weight: 2, evidence: quote(s, m.index!) })
      }
      // Dated happenings told as past are a lower bound; in the lead they also name the year.
      for (const m of s.matchAll(FULL_DATE)) {
        bounds.push({ year: +m[1]!, weight: 0, evidence: quote(s, m.index!) })
        if (bi < 2 && m.index! < 4) votes.push({ year: +m[1]!, weight: 2, evidence: quote(s, m.index!) })
      }
    }
  })
  const totals = new Map<number, number>()
  for (const v of votes) totals.set(v.year, (totals.get(v.year) ?? 0) + v.weight)
  const bound = bounds.reduce<YearVote | null>((a, b) => (a && a.year >= b.year ? a : b), null)
  if (totals.size === 0) return bound
  const [year] = [...totals].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]!
  if (bound && bound.year > year) return bound
  const best = votes.filter((v) => v.year === year).sort((a, b) => b.weight - a.weight)[0]!
  return { year, weight: totals.get(year)!, evidence: best.evidence }
}

/**
 * The latest month the text dates a past happening to in full (2025年4月, 2025年底): the
 * paper cannot be older. Plans and aims (将, 计划 …) are no happenings.
 */
export function happeningFloor(blocks: string[]): string | null {
  let floor: string | null = null
  for (const block of blocks) {
    for (const s of sentences(block)) {
      for (const clause of s.replace(/“[^”]*”/g, '').split(/[，,；;]/)) {
        if (FUTURE.test(clause)) continue
        for (const m of clause.matchAll(/((?:19|20)\d{2})年(?:(\d{1,2})月|(底|末))/g)) {
          const month = m[3] ? 12 : +m[2]!
          if (month < 1 || month > 12) continue
          const v = isoOf(+m[1]!, month)
          if (floor === null || v > floor) floor = v
        }
      }
    }
  }
  return floor
}

/** The latest happening the text reports in `year`: its month is the publication month. */
export function latestHappening(blocks: string[], year: number): { month: number; day: number | null; evidence: string } | null {
  let best: { month: number; day: number | null; evidence: string } | null = null
  const consider = (month: number, day: number | null, evidence: string) => {
    if (month < 1 || month > 12 || (day !== null && (day < 1 || day > 31))) return
    if (!best || month > best.month || (month === best.month && (day ?? 0) > (best.day ?? 0))) best = { month, day, evidence }
  }
  for (const block of blocks) {
    for (const s of sentences(block)) {
      if (FUTURE.test(s)) continue
      // (only a range's start: its end may still be to come, 自1月17日至2月28日的促销活动)
      for (const m of s.matchAll(MONTH_DAY)) consider(+m[1]!, +m[2]!, quote(s, m.index!))
      for (const m of s.matchAll(THIS_YEAR_MONTH)) consider(+m[1]!, null, quote(s, m.index!))
      for (const m of s.matchAll(FULL_DATE)) if (+m[1]! === year) consider(+m[2]!, +m[3]!, quote(s, m.index!))
      for (const m of s.matchAll(YEAR_MONTH)) if (+m[1]! === year) consider(+m[2]!, null, quote(s, m.index!))
    }
  }
  return best
}

/** A masthead states the date in full: 南湖晚报 2025年4月18日 星期五. */
export function mastheadDate(text: string): DateObject | null {
  const m = text.match(/(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/)
  if (!m) return null
  const value = isoOf(+m[1]!, +m[2]!, +m[3]!)
  return validDay(value) ? { value, end: null, inferred: false, evidence: text } : null
}

/** The publication date of a document without a masthead date: year and month, inferred. */
export function inferPublicationDate(blocks: string[], masthead = ''): DateObject | null {
  // the issue line names the month outright
  for (const line of [masthead, ...blocks.filter((b) => b.length <= 40)]) {
    const issue = line.match(ISSUE_MONTH)
    if (issue && +issue[2]! >= 1 && +issue[2]! <= 12) return { value: isoOf(+issue[1]!, +issue[2]!), end: null, inferred: true, evidence: issue[0] }
  }
  const year = inferYear(blocks, masthead)
  if (!year) return null
  const latest = latestHappening(blocks, year.year)
  const evidence = latest && !latest.evidence.includes(year.evidence) ? `${latest.evidence}；${year.evidence}` : (latest?.evidence ?? year.evidence)
  return { value: isoOf(year.year, latest?.month), end: null, inferred: true, evidence }
}

const LEAD = /^(?:本报讯|本报记者(?:\s*[\u4e00-\u9fff]{2,4}\s)?|据[\u4e00-\u9fff]{1,8}报道)\s*(?:[（(][^（）()]{1,40}[）)])?[\s：:,，]*/
const DISPATCH = /^本报[\u4e00-\u9fff]{0,6}?(\d{1,2})月(\d{1,2})日电/
const REPORT_DISPATCH = /^[\u4e00-\u9fffA-Za-z·\-－]{2,14}?(\d{1,2})月(\d{1,2})日讯/
const LEAD_DATE = /^(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日(?:\s*[至到~～—-]\s*(?:(\d{1,2})月)?(\d{1,2})日)?/
const LEAD_MONTH = /^(今年|去年|(\d{4})年)(\d{1,2})月/
const LEAD_RELATIVE = /^(昨天|昨日|今天|今日|前天)/

function parts(value: string): [number, number | null, number | null] {
  const [y, m, d] = value.split('-').map(Number)
  return [y!, m ?? null, d ?? null]
}

function shiftDay(value: string, days: number): string {
  const [y, m, d] = parts(value)
  if (!m || !d) return value
  const t = new Date(Date.UTC(y, m - 1, d + days))
  return isoOf(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate())
}

/**
 * The date of the happening a lead opens with, resolved against the publication
 * date: `本报讯 昨天下午` is the day before the paper, `10月9日，` is in its year
 * (the year before, if that day would fall after the paper), `本报嘉兴12月26日电`.
 */
export function resolveDateline(lead: string, published: DateObject | null): DateObject | null {
  // an item of a digest (▲7月3日，…) is no story's lead
  if (ITEM_MARKER.test(lead)) return null
  const dispatch = lead.match(DISPATCH)
  // a site's dispatch (某某在线嘉兴6月29日讯) dates the report; the lead then dates the happening
  const report = dispatch ? null : lead.match(REPORT_DISPATCH)
  const text = lead.replace(DISPATCH, '').replace(REPORT_DISPATCH, '').replace(LEAD, '').trimStart()
  if (dispatch) return datelineAt(text, dispatch, published)
  // (a dispatch's 今天 and 昨天 are of the dispatch's own day)
  if (report) {
    const sent = datelineAt('', report, published)
    return datelineAt(text, null, sent && LEAD_RELATIVE.test(text) ? sent : published) ?? sent
  }
  // a lead may open with a quotation or a line of scene before its news peg: the date
  // may open its first sentence or its second (“春光明媚…！”昨天下午，…)
  for (const at of [0, ...[...text.slice(0, 80).matchAll(/[。！？!?](?:[”’」』]?)\s*/g)].map((m) => m.index! + m[0].length).slice(0, 2)]) {
    const d = datelineAt(text.slice(at), null, published)
    if (d) return d
  }
  // …or stand inside its first sentence after the subject (某某会昨天下午举行, 某项目于10月9日开工),
  // unless the clause plans it
  const first = text.split(/[。！？!?]/)[0]!.replace(/“[^”]*”/g, (q) => '　'.repeat(q.length))
  const inner = first.match(INNER_DATE)
  if (inner && !FUTURE.test(first.slice(Math.max(0, first.lastIndexOf('，', inner.index!), first.lastIndexOf(',', inner.index!)), inner.index!))) {
    return datelineAt(text.slice(inner.index!), null, published)
  }
  return null
}

/** A date of a happening inside a lead's first sentence: 昨天下午, 10月9日, 今天（1月3日）. */
const INNER_DATE = /(?:昨天|昨日|前天|今天|今日|(?<![年\d])\d{1,2}月\d{1,2}日)(?=上午|下午|中午|晚上|晚|凌晨|傍晚|[，,在于]|举行|召开|开幕|开工|签约|启动|[（(])/

const LEAD_DAY = /^(\d{1,2})日(?=上午|下午|中午|晚|凌晨|早|傍晚|夜|，|,)/

function datelineAt(text: string, dispatch: RegExpMatchArray | null, published: DateObject | null): DateObject | null {
  const pubValue = published?.value ?? null
  const [py, pm] = pubValue ? parts(pubValue) : [null, null]
  const inYear = (m: number, d: number | null): string | null => {
    if (py === null) return null
    // a day later in the year than the paper itself happened the year before
    const y = pm !== null && m > pm ? py - 1 : py
    return isoOf(y, m, d)
  }
  const clause = (s: string) => s.split(/[，,。：:]/)[0]!.slice(0, 30)
  if (dispatch) {
    const v = inYear(+dispatch[1]!, +dispatch[2]!)
    return v ? { value: v, end: null, inferred: true, evidence: dispatch[0] } : null
  }
  let m = text.match(LEAD_DATE)
  if (m) {
    const explicit = m[1] ? +m[1] : null
    const start = explicit ? isoOf(explicit, +m[2]!, +m[3]!) : inYear(+m[2]!, +m[3]!)
    if (!start) return null
    const [sy] = parts(start)
    const endMonth = m[4] ? +m[4] : +m[2]!
    // 12月30日至1月2日 ends in the next year
    const end = m[5] ? isoOf(endMonth < +m[2]! ? sy + 1 : sy, endMonth, +m[5]) : null
    if (!validDay(start) || (end && !validDay(end))) return null
    return { value: start, end, inferred: explicit === null, evidence: clause(text) }
  }
  m = text.match(LEAD_MONTH)
  if (m && py !== null) {
    const y = m[1] === '今年' ? py : m[1] === '去年' ? py - 1 : +m[2]!
    return { value: isoOf(y, +m[3]!), end: null, inferred: !m[2], evidence: clause(text) }
  }
  // 31日上午: a day of the paper's month (of the month before, if it is later than the paper's day)
  m = text.match(LEAD_DAY)
  if (m && published) {
    const [y, mo, d] = parts(published.value)
    if (mo === null || d === null) return null
    const day = +m[1]!
    const value = day <= d ? isoOf(y, mo, day) : mo === 1 ? isoOf(y - 1, 12, day) : isoOf(y, mo - 1, day)
    return validDay(value) ? { value, end: null, inferred: true, evidence: clause(text) } : null
  }
  // 今天（1月3日）下午: the day in brackets says which
  m = text.match(/^(?:昨天|昨日|今天|今日|前天)\s*[（(](\d{1,2})月(\d{1,2})日[）)]/)
  if (m && py !== null) {
    const v = inYear(+m[1]!, +m[2]!)
    if (v && validDay(v)) return { value: v, end: null, inferred: true, evidence: clause(text) }
  }
  m = text.match(LEAD_RELATIVE)
  if (m && published) {
    const offset = { 昨天: -1, 昨日: -1, 今天: 0, 今日: 0, 前天: -2 }[m[1] as '昨天']
    const [, , pd] = parts(published.value)
    // Against a paper dated only to the month, 昨天 is known only to the month.
    const value = pd ? shiftDay(published.value, offset) : published.value
    return { value, end: null, inferred: true, evidence: clause(text) }
  }
  return null
}
