import type { Unit } from './classify.ts'
import { happeningFloor, inferPublicationDate, isoOf, mastheadDate, validDay } from './dates.ts'
import type { DateObject, ReportEntry } from './model.ts'
import type { Segmentation } from './segment.ts'

// The publication date, chosen among every candidate the text gives (SPEC section 3).
// Precedence, strongest first:
//   1. stamp      a publication stamp of the page (发布日期: 2024-07-15, an e-paper's tail line)
//   2. masthead   the paper's masthead (南湖晚报 2025年4月18日 星期五)
//   3. sign-off   the date a document is signed with, at its end (2024年6月28日)
//   4. yearless   a stamp without its year (日期:07-15), the year taken from the next candidate that has one
//   5. title      a date in the title of a digest or summary (2025年7月工作总结, 2024年8月大事记)
//   6. body       the year and month of the happenings the text reports (issue lines included)
//   7. reader     a date in an e-paper reader's or a site's chrome above the headline: the day
//                 the page was read; never the paper's date, at most the year of a yearless stamp
// A stronger candidate wins whatever the weaker ones say; each candidate and why it
// won or lost goes into the cleaning report. Only the precision a candidate has is
// claimed: a title's month is a month, a body's year and month are inferred.

export type CandidateKind = 'stamp' | 'masthead' | 'sign-off' | 'yearless' | 'title' | 'body' | 'reader'

export interface DateCandidate {
  kind: CandidateKind
  /** `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, or `--MM-DD` for a yearless stamp */
  value: string
  evidence: string
  lines: number[]
  /** labelled as the date of publication (发布日期:, an e-paper's tail) rather than printed bare */
  labelled: boolean
  /** for the body: the latest month it dates a past happening to in full (the paper is no older) */
  floor?: string | null
}

const RANK: Record<CandidateKind, number> = { stamp: 0, masthead: 1, 'sign-off': 2, yearless: 3, title: 4, body: 5, reader: 6 }

/** A date in the title of a dated document: …2025年7月工作总结, …2024年8月大事记, 2025年度…总结. */
const TITLE_DATE = /((?:19|20)\d{2})\s*年(?:\s*(\d{1,2})\s*月(?:份)?)?(?:度)?[^，。；]{0,24}?(工作总结|工作要点|工作计划|工作简报|工作动态|大事记|月报|简报|总结|要点|动态|通讯|情况|报告)/

export function titleDate(title: string): { value: string; evidence: string } | null {
  const m = title.match(TITLE_DATE)
  if (!m) return null
  const month = m[2] ? +m[2] : null
  if (month !== null && (month < 1 || month > 12)) return null
  return { value: isoOf(+m[1]!, month), evidence: m[0] }
}

/** Every candidate for the publication date that the page's furniture, titles and text give. */
export function dateCandidates(units: Unit[], seg: Segmentation): DateCandidate[] {
  const out: DateCandidate[] = []
  for (const u of units) {
    for (const s of u.furniture?.stamps ?? []) {
      const kind: CandidateKind = s.value.startsWith('--') ? 'yearless' : u.furniture?.signOff ? 'sign-off' : u.furniture?.reader ? 'reader' : 'stamp'
      out.push({ kind, value: s.value, evidence: u.text, lines: u.lines, labelled: s.labelled })
    }
  }
  if (seg.masthead) {
    const d = mastheadDate(seg.masthead.text)
    if (d) out.push({ kind: 'masthead', value: d.value, evidence: seg.masthead.text, lines: seg.masthead.lines, labelled: true })
  }
  for (const s of seg.stories.slice(0, 1)) {
    const t = s.title ? titleDate(s.title) : null
    if (t) out.push({ kind: 'title', value: t.value, evidence: s.title!, lines: s.lines.slice(0, 1), labelled: false })
  }
  const blocks = seg.stories.flatMap((s) => s.blocks.map((b) => b.text))
  const body = inferPublicationDate(
    blocks,
    // the issue line of a newsletter (2025年第12期) may sit in the masthead or under the first title
    [seg.masthead?.text, seg.stories[0]?.title, seg.stories[0]?.subtitle].filter(Boolean).join('\n'),
  )
  if (body) out.push({ kind: 'body', value: body.value, evidence: body.evidence, lines: [], labelled: false, floor: happeningFloor(blocks) })
  return out
}

const yearOf = (value: string) => (value.startsWith('--') ? null : +value.slice(0, 4))

/**
 * The year of a stamp that prints only month and day (`MM-DD`). A reader's own date came
 * soon after the issue: it is the last such day not after the reader's, unless the text
 * dates a happening later than that. Without a reader, the first such day not before
 * the latest happening the text dates. Otherwise the year of the best candidate that has one.
 */
function yearForDay(mmdd: string, ordered: DateCandidate[]): { year: number; evidence: string } | null {
  const body = ordered.find((c) => c.kind === 'body' || c.kind === 'title')
  const reader = ordered.find((c) => c.kind === 'reader')
  // a reader shows the day it was opened, soon after the issue: the last such day not after it
  const latest = reader ? (`${reader.value.slice(0, 4)}-${mmdd}` <= reader.value ? +reader.value.slice(0, 4) : +reader.value.slice(0, 4) - 1) : null
  // the text's happenings came before the paper: it is no older than the latest of them
  const floor = body ? (body.floor ?? body.value) : null
  if (latest !== null && (floor === null || `${latest}-${mmdd}` >= floor.slice(0, 7))) return { year: latest, evidence: reader!.evidence }
  if (body) {
    const y = +body.value.slice(0, 4)
    return { year: floor!.length >= 7 && `${y}-${mmdd}` < floor! ? y + 1 : y, evidence: body.evidence }
  }
  const any = ordered.find((c) => yearOf(c.value) !== null)
  return any ? { year: yearOf(any.value)!, evidence: any.evidence } : null
}

/**
 * The candidate that wins, by precedence; among stamps a labelled one (发布日期:) before
 * a bare one, then the first printed. A yearless stamp takes its year from the best
 * candidate that has one (the year before, if its day would fall after that candidate).
 */
export function choosePublicationDate(candidates: DateCandidate[]): { date: DateObject | null; chosen: DateCandidate | null; reasons: Map<DateCandidate, string> } {
  const reasons = new Map<DateCandidate, string>()
  const ordered = [...candidates].sort((a, b) => RANK[a.kind] - RANK[b.kind] || Number(b.labelled) - Number(a.labelled) || (a.lines[0] ?? Infinity) - (b.lines[0] ?? Infinity))
  const chosen = ordered.find((c) => c.kind !== 'reader') ?? null
  if (!chosen) {
    for (const c of ordered) reasons.set(c, 'passed over: the reader’s own date is never the paper’s')
    return { date: null, chosen: null, reasons }
  }
  let value = chosen.value
  let evidence = chosen.evidence
  if (chosen.kind === 'yearless') {
    const year = yearForDay(chosen.value.slice(2), ordered)
    if (!year) {
      for (const c of ordered) reasons.set(c, c === chosen ? 'a stamp without its year, and no other candidate gives one: no date' : 'passed over')
      return { date: null, chosen: null, reasons }
    }
    value = `${year.year}${chosen.value.slice(1)}`
    evidence = `${chosen.evidence}（年份据 ${year.evidence}）`
    if (!validDay(value)) value = String(year.year)
  }
  const inferred = !(chosen.kind === 'stamp' || chosen.kind === 'masthead' || chosen.kind === 'sign-off')
  for (const c of ordered) {
    if (c === chosen) reasons.set(c, `chosen: ${WHY[c.kind]}`)
    else if (c.value === chosen.value || (value.startsWith(c.value) && c.kind !== 'yearless') || (c.kind === 'yearless' && value.endsWith(c.value.slice(1)))) reasons.set(c, 'agrees with the date chosen')
    else reasons.set(c, `passed over: a ${chosen.kind} outranks a ${c.kind}${RANK[c.kind] === RANK[chosen.kind] ? ' printed later or unlabelled' : ''}`)
  }
  return { date: { value, end: null, inferred, evidence }, chosen, reasons }
}

const WHY: Record<CandidateKind, string> = {
  stamp: 'the page’s publication stamp states the date',
  masthead: 'the masthead states the date',
  'sign-off': 'the document is signed with this date',
  yearless: 'the page’s stamp states the day; its year comes from another candidate',
  title: 'the title names the period the document reports on',
  body: 'no stamp, masthead or dated title: the year and month of the latest happening the text reports',
  reader: 'the reader’s own date',
}

/** The publication date of one page, with a report entry for every candidate and for the choice. */
export function resolvePublicationDate(units: Unit[], seg: Segmentation, entries: ReportEntry[]): DateObject | null {
  const candidates = dateCandidates(units, seg)
  const { date, chosen, reasons } = choosePublicationDate(candidates)
  for (const c of candidates) {
    entries.push({ action: 'classify', kind: 'date-candidate', lines: c.lines, text: c.evidence, result: `${c.kind} ${c.value}`, reason: reasons.get(c) ?? '' })
  }
  if (date && chosen) {
    entries.push({ action: date.inferred ? 'infer' : 'classify', kind: 'publication-date', lines: chosen.lines, text: date.evidence, result: date.value, reason: WHY[chosen.kind] })
  } else {
    entries.push({ action: 'warn', kind: 'publication-date', lines: [], text: '', reason: 'no date evidence anywhere in the text: publication date unknown' })
  }
  return date
}
