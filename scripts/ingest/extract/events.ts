import type { DateObject } from '../model.ts'
import { clauseStart, insideShortQuote, sentenceAt, sentences } from './sentences.ts'
import { findTimeExpressions, type Chronology } from './time-expressions.ts'

// Dated happenings (SPEC section 2, events): a date of at least month precision in
// a sentence that reports something done, not a plan, a deadline, a period or a slogan.

export interface HappeningMention {
  date: DateObject
  title: string
  type: string
  quote: string
  /** offsets of the date expression in the block text */
  start: number
  end: number
  quoteStart: number
}

/** Keywords of each type, tried in order: the first that the title holds wins. */
const TYPES: [string, RegExp][] = [
  ['bond', /债券|票据|发行|募集/],
  ['approval', /获批|审批|批复|批准|通过.{0,6}(?:审核|审批|评审)|认定|备案|赋码/],
  ['opening', /通航|开通|通车|开业|开园|开馆|投运|投用|启用|投产|正式运营|开放|首发|上线|揭牌|开幕/],
  ['completion', /竣工|完工|建成|贯通|验收|封顶|完成|落成|交付/],
  ['start', /开工|动工|奠基|启动|开建|打桩/],
  ['performance', /演唱会|音乐会|演出|比赛|赛事|联赛|揭幕战|马拉松|嘉年华|音乐节|晚会/],
  ['meeting', /会议|大会|座谈会|推进会|动员会|发布会|峰会|论坛|召开|举行.{0,8}会|研讨/],
  ['inspection', /调研|考察|视察|察看|检查|指导|走访|督导|学习洽谈|交流学习|参观/],
  ['signing', /签约|签署|签订|合作协议/],
  ['founding', /成立|设立|组建|注册/],
  ['publication', /刊发|报道|发布|公布|出台/],
  ['activity', /举办|开展|举行|活动|启动仪式|培训|宣讲/],
]

/** A date followed by these is a deadline, not a happening (12月底前建成). */
const DEADLINE = /^(?:前|之前|以前|底前|前后)/
/** Words that make the date's own clause a plan or an aim (将于4月开工, 计划…). */
const PLANNED = /将于|将在|计划|预计|力争|争取|拟|目标|确保|要在|有望|即将/
/** A date followed by these dates a dispatch (…10月16日讯, …3月5日电). */
const DISPATCHED = /^(?:讯|电)/
/** A date that opens a period (截至9月底) reports no happening of its own. */
const PERIOD_BEFORE = /(?:截至|截止|截止到|到)$/

function typeOf(text: string): string {
  for (const [type, re] of TYPES) if (re.test(text)) return type
  return 'milestone'
}

const GLUED_DATES = /^(?:[、和及\s]*(?:\d{1,2}月)?\d{1,2}日)+/

/** The happening a date introduces: the rest of its clause, or of its sentence when that clause holds only the date. */
function titleAfter(text: string, from: number, sentenceEnd: number, clauseFrom: number, dateStart: number): string {
  // a digest glues the dates of one item together (▲7月15日7月22日，…): the item follows them all
  const rest = text
    .slice(from, sentenceEnd)
    .replace(GLUED_DATES, '')
    .replace(/^[，,、：:\s]+/, '')
    .replace(/[。！？；;]+$/, '')
  let title = rest
  const comma = rest.search(/[，,；;]/)
  if (comma >= 4) title = rest.slice(0, comma)
  const lead = text.slice(clauseFrom, dateStart).replace(/^(?:本报讯|自|从|于|在)\s*/, '').trim()
  if (title.length < 6 && lead.length >= 2) title = `${lead}${title}`
  // 自2023年4月机场项目全面开工以来: the happening is the start, not the time since
  return title.replace(/以来$/, '').slice(0, 60).trim()
}

/** Every dated happening in one block. */
export function findHappenings(text: string, published: DateObject | null, context: Chronology = { year: null }): HappeningMention[] {
  const out: HappeningMention[] = []
  const all = sentences(text)
  for (const t of findTimeExpressions(text, published, context)) {
    if (t.date.value.length < 7) continue
    if (insideShortQuote(text, t.start, 30)) continue
    const sentence = sentenceAt(all, t.start)!
    const cFrom = clauseStart(text, sentence, t.start)
    if (PERIOD_BEFORE.test(text.slice(cFrom, t.start))) continue
    const after = text.slice(t.end, Math.min(sentence.end, t.end + 24))
    // only the date's own clause says whether it happened: “开工，预计年底建成” reports a start
    const ownClause = after.split(/[，,；;。]/)[0]!
    if (DEADLINE.test(after) || PLANNED.test(ownClause) || PLANNED.test(text.slice(cFrom, t.start))) continue
    // 某某日报10月16日讯, 本报杭州3月5日电: the date of the report, not of a happening
    if (DISPATCHED.test(after)) continue
    const title = titleAfter(text, t.end, sentence.end, cFrom, t.start)
    if (title.length < 4) continue
    out.push({ date: t.date, title, type: typeOf(title), quote: sentence.text, start: t.start, end: t.end, quoteStart: sentence.start })
  }
  return out
}
