import type { ReportEntry } from './model.ts'
import { isProseUnit as isProse, isText, isTitleUnit as isShortOpen, type Unit } from './classify.ts'
import { endsComplete, endsOpen, isTwoPart, ITEM_MARKER, LEAD_MARKER, normalizeSpace, OPENS_SENTENCE, SHORT_LINE, startsClosed, visibleLength } from './text.ts'
import { CONTINUING_TAGS, DANGLING_TAGS, firstWord, lastWord, wordAcross } from './words.ts'


/**
 * Whether this document's in-story headings are two-part (`筑牢经济根基 打造产业提质增长极`).
 * Where they are, a short one-part line between paragraphs is more likely a fragment.
 */
export function headingsAreTwoPart(units: Unit[]): boolean {
  let twoPart = 0
  let onePart = 0
  for (let i = 1; i < units.length - 1; i++) {
    const u = units[i]!
    const prev = units[i - 1]!
    const next = units[i + 1]!
    if (!isText(u) || !isText(next) || u.gapBefore >= 2) continue
    if (!isShortOpen(u) || (isText(prev) && !endsComplete(prev.text)) || !isProse(next)) continue
    if (isTwoPart(u.text)) twoPart++
    else onePart++
  }
  return twoPart >= 2 && twoPart > onePart
}

export interface JoinDecision {
  join: boolean
  reason: string
}

/**
 * Was the break between text lines `a` and `b` made by the layout, mid-word or
 * mid-sentence? Decided by general evidence: punctuation, length, word boundaries,
 * what kind of word ends `a` and starts `b`.
 */
export function decideJoin(a: Unit, b: Unit, ctx: { prev: Unit | undefined; prevPrev: Unit | undefined; next: Unit | undefined; twoPartHeadings: boolean }): JoinDecision {
  const no = (reason: string): JoinDecision => ({ join: false, reason })
  const yes = (reason: string): JoinDecision => ({ join: true, reason })
  if (endsComplete(a.text)) return no('the line ends a sentence')
  if (ctx.next?.kind === 'byline' || (ctx.next?.kind === 'text' && LEAD_MARKER.test(ctx.next.text))) {
    return no('the next line stands over a byline or a 本报讯 lead: it is a headline')
  }
  if (b.gapBefore >= 2 && !(visibleLength(a.text) > SHORT_LINE && wordAcross(a.text, b.text))) {
    return no('a wide gap (a picture) lies between')
  }
  const across = wordAcross(a.text, b.text)
  const acrossNote = across ? `; 「${across}」 spans the break` : ''
  if (ITEM_MARKER.test(b.text)) return no('the next line opens an item of its own (▲, 一、)')
  // across a blank line a paragraph runs on only on strong evidence: not into a dated lead or a heading
  if (b.gapBefore >= 1 && !across && (OPENS_SENTENCE.test(b.text) || /^\d{1,2}月\d{1,2}日/.test(b.text))) {
    return no('a blank line, then a line that opens a sentence of its own (a date, 本报讯)')
  }
  if (visibleLength(a.text) > SHORT_LINE) return yes(`a ${visibleLength(a.text)}-character line without final punctuation is a paragraph cut short${acrossNote}`)
  if (a.gapBefore >= 2) return no('a short line after a picture gap is a caption')
  // Right after page furniture (a byline, a section line) or the top of the page, a
  // short line is a title, and so is a second short line under it.
  const afterFurniture = (u: Unit | undefined) => !u || !isText(u)
  const inTitleZone = afterFurniture(ctx.prev) || (isShortOpen(ctx.prev!) && afterFurniture(ctx.prevPrev))
  if (inTitleZone) return no('a title line (nothing but titles or page furniture before it)')
  if (OPENS_SENTENCE.test(a.text) && /[，,]/.test(a.text) && isProse(b)) {
    return yes('the line opens a sentence (a date, then a comma): a paragraph cut short')
  }
  if (!isProse(b)) return no('the next line is itself title-like')
  if (across) return yes(`「${across}」 is one word split by the line break`)
  if (startsClosed(b.text)) return yes('the next line starts with closing punctuation')
  if (endsOpen(a.text)) return yes('the line ends on a comma or an open bracket')
  const last = lastWord(a.text)
  if (last && DANGLING_TAGS.has(last.tag)) return yes(`the line ends on 「${last.word}」, a word that needs what follows`)
  if (isTwoPart(a.text)) return no('a two-part short line before a paragraph is a heading')
  const first = firstWord(b.text)
  if (first && first.word.length === 1 && CONTINUING_TAGS.has(first.tag)) {
    return yes(`the next line starts with 「${first.word}」, which cannot open a sentence`)
  }
  if (visibleLength(b.text) <= 10 && endsComplete(b.text)) return yes('the next line is only the end of a sentence')
  if (OPENS_SENTENCE.test(b.text)) return no('the next line opens a sentence of its own (a date or 本报讯)')
  if (ctx.twoPartHeadings && !isTwoPart(a.text)) {
    return yes('headings in this document have two parts; this one-part line is a fragment')
  }
  return no('a short line before a paragraph is a heading')
}

/** Rejoin text lines that the layout broke; every join goes to the report with its reason. */
export function joinBrokenLines(units: Unit[]): { units: Unit[]; entries: ReportEntry[] } {
  const twoPartHeadings = headingsAreTwoPart(units)
  const out: Unit[] = []
  const entries: ReportEntry[] = []
  for (const [i, u] of units.entries()) {
    const a = out.at(-1)
    if (isText(a) && isText(u)) {
      const d = decideJoin(a, u, { prev: out.at(-2), prevPrev: out.at(-3), next: units[i + 1], twoPartHeadings })
      if (d.join) {
        const before = a.text
        a.text = joinText(a.text, u.text)
        entries.push({ action: 'join', kind: 'line-break', lines: [a.lines.at(-1)!, u.lines[0]!], text: `${before}\n${u.text}`, result: a.text, reason: d.reason })
        a.lines = [...a.lines, ...u.lines]
        continue
      }
    }
    out.push({ ...u, lines: [...u.lines] })
  }
  return { units: out, entries }
}

/** Join two pieces of one paragraph: nothing between Chinese characters or digits (`12` / `00家`), a space between Latin words. */
export function joinText(a: string, b: string): string {
  return /[A-Za-z]$/.test(a) && /^[A-Za-z]/.test(b) ? `${a} ${b}` : a + b
}

/** A paragraph printed twice by a layout error: keep the first, report the later copy. */
export function dropRepeats(units: Unit[]): { units: Unit[]; entries: ReportEntry[] } {
  const seen = new Map<string, number>()
  const out: Unit[] = []
  const entries: ReportEntry[] = []
  for (const u of units) {
    if (u.kind === 'text' && visibleLength(u.text) >= 12) {
      const key = normalizeSpace(u.text)
      const first = seen.get(key)
      if (first !== undefined) {
        entries.push({ action: 'drop', kind: 'repeat', lines: u.lines, text: u.text, reason: `verbatim repeat of line ${first}` })
        continue
      }
      seen.set(key, u.lines[0]!)
    }
    out.push(u)
  }
  return { units: out, entries }
}
