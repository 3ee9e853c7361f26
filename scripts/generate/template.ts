/**
 * Splits a real source into reusable parts with simple layout rules. This is
 * test-data tooling, deliberately independent of the ingest: it only needs to
 * cut stories where a human would, well enough to reorder and recombine them.
 */

export type Kind = 'feature' | 'magazine' | 'newsletter' | 'front-page'
export type Role = 'head' | 'section' | 'story' | 'brief' | 'item' | 'photo' | 'box'

/** A run of raw lines (blank lines included, so separators travel with it). */
export interface Unit {
  role: Role
  lines: string[]
  /** Indices of headline lines; the last one receives the distinguishing suffix. */
  title: number[]
}

export interface Group {
  header: string[]
  units: Unit[]
  /** shuffle all units, or keep the first (a page's lead story) in place */
  order: 'shuffle' | 'keep-first'
  /** how many droppable units may be left out when recombining */
  drop: number
}

export interface Template {
  name: string
  kind: Kind
  head: Unit
  groups: Group[]
  tail: string[]
  text: string
}

/** Fixed page boxes: their own unit, never part of a story. */
export const BOXES = ['天气预报']

const ENDS = /[。！？!?；;…）)”’」』]$/
const NO_TITLE_END = /[。！？!?；;：:，,、…）)]$/
const SECTION = /^\s*【[^】]+】\s*$/
const BRIEF = /^([^\s。，（(]{4,40}?)[ \u3000]+\S.{10,}$/
const ITEM = /^[^：:，。\s]{2,24}[：:]/

const blank = (s: string | undefined): boolean => s === undefined || s.trim() === ''

function nextText(lines: string[], i: number): number {
  let j = i + 1
  while (j < lines.length && blank(lines[j])) j++
  return j
}

function prevText(lines: string[], i: number): number {
  let j = i - 1
  while (j >= 0 && blank(lines[j])) j--
  return j
}

export function isShortTitle(line: string, max = 32): boolean {
  const t = line.trim()
  return t.length >= 4 && t.length <= max && !NO_TITLE_END.test(t) && !/^[（(■□#【…”]/.test(t)
}

/** The previous text line closes a paragraph (or is furniture or a caption), so line i can open something. */
function opensAfter(lines: string[], i: number): boolean {
  const j = prevText(lines, i)
  if (j < 0) return true
  const t = (lines[j] as string).trim()
  if (ENDS.test(t) || /^[■□【#]/.test(t) || SECTION.test(t)) return true
  // a caption sits alone between runs of blank lines
  return t.length <= 24 && blank(lines[j - 1]) && blank(lines[j - 2])
}

/** Cut lines at each start index; what precedes the first start is returned apart. */
function cut(lines: string[], starts: number[], role: (i: number) => Unit): { before: string[]; units: Unit[] } {
  const units = starts.map((s, k) => {
    const u = role(s)
    return { ...u, lines: lines.slice(s, starts[k + 1] ?? lines.length) }
  })
  return { before: lines.slice(0, starts[0] ?? lines.length), units }
}

/** Trailing stray lines (南晚, a place name) after the last line that ends a sentence. */
function splitTail(lines: string[]): { body: string[]; tail: string[] } {
  let k = lines.length - 1
  while (k >= 0 && !ENDS.test((lines[k] as string).trim())) k--
  return { body: lines.slice(0, k + 1), tail: lines.slice(k + 1) }
}

export function detectKind(text: string): Kind {
  const lines = text.split('\n')
  if (lines.some((l) => /^#{1,3}\s/.test(l))) return 'magazine'
  if (lines.some((l) => SECTION.test(l))) return 'newsletter'
  if (lines.filter((l) => /^\s*■记者/.test(l)).length >= 2) return 'front-page'
  return 'feature'
}

function firstText(lines: string[]): number {
  return nextText(lines, -1)
}

function sectionHeading(lines: string[], i: number): boolean {
  const t = (lines[i] as string).trim()
  if (!isShortTitle(t, 24) || !/[ \u3000，,]/.test(t) || !opensAfter(lines, i)) return false
  const next = (lines[nextText(lines, i)] ?? '').trim()
  // "领。产业…" continues a broken sentence: the line before it is no heading
  return next.length >= 30 && !/^.{1,3}[。！？]/.test(next)
}

function parseFeature(lines: string[], magazine: boolean): Pick<Template, 'head' | 'groups' | 'tail'> {
  const { body, tail } = splitTail(lines)
  const first = firstText(body)
  const byline = body.findIndex((l) => /^\s*■撰文/.test(l))
  const from = Math.max(first, byline) + 1
  const starts: number[] = []
  for (let i = from; i < body.length; i++) {
    if (magazine ? /^###\s/.test(body[i] as string) : sectionHeading(body, i)) starts.push(i)
  }
  const { before, units } = cut(body, starts, () => ({ role: 'section', lines: [], title: [] }))
  const titleLine = magazine ? body.findIndex((l) => /^#\s/.test(l)) : first
  return {
    head: { role: 'head', lines: before, title: titleLine >= 0 ? [titleLine] : [] },
    groups: [{ header: [], units, order: 'shuffle', drop: 0 }],
    tail,
  }
}

function newsletterGroup(lines: string[]): Group {
  const text = lines.filter((l) => !blank(l))
  if (text.filter((l) => BRIEF.test(l.trim())).length >= 3) {
    const starts = lines.flatMap((l, i) => (BRIEF.test(l.trim()) ? [i] : []))
    const { before, units } = cut(lines, starts, () => ({ role: 'brief', lines: [], title: [0] }))
    return { header: before, units, order: 'shuffle', drop: Math.floor(units.length / 3) }
  }
  if (text.length >= 2 && text.every((l) => ITEM.test(l.trim()))) {
    const starts = lines.flatMap((l, i) => (blank(l) ? [] : [i]))
    const { before, units } = cut(lines, starts, () => ({ role: 'item', lines: [], title: [] }))
    return { header: before, units, order: 'shuffle', drop: 0 }
  }
  const starts: number[] = []
  const titles = new Map<number, number[]>()
  for (let i = 0; i < lines.length; i++) {
    if (!isShortTitle(lines[i] as string) || !opensAfter(lines, i)) continue
    const j = nextText(lines, i)
    const after = (lines[nextText(lines, j)] ?? '').trim()
    // a two-line headline: a second short line before the first long one
    const two = j < lines.length && isShortTitle(lines[j] as string) && after.length > 32
    starts.push(i)
    titles.set(i, two ? [0, j - i] : [0])
    if (two) i = j
  }
  const { before, units } = cut(lines, starts, (s) => ({ role: 'story', lines: [], title: titles.get(s) ?? [0] }))
  return { header: before, units, order: 'shuffle', drop: units.length > 1 ? 1 : 0 }
}

function parseNewsletter(lines: string[]): Pick<Template, 'head' | 'groups' | 'tail'> {
  const starts = lines.flatMap((l, i) => (SECTION.test(l) ? [i] : []))
  const groups = starts.map((s, k) => {
    const g = newsletterGroup(lines.slice(s + 1, starts[k + 1] ?? lines.length))
    return { ...g, header: [lines[s] as string, ...g.header] }
  })
  return { head: { role: 'head', lines: lines.slice(0, starts[0] ?? 0), title: [] }, groups, tail: [] }
}

function parseFrontPage(lines: string[]): Pick<Template, 'head' | 'groups' | 'tail'> {
  const roles = new Map<number, Role>()
  for (let i = 0; i < lines.length; i++) {
    if (blank(lines[i])) continue
    const next = (lines[nextText(lines, i)] ?? '').trim()
    if (BOXES.includes((lines[i] as string).trim())) roles.set(i, 'box')
    else if (next.startsWith('■记者') && !(lines[i] as string).trim().startsWith('■')) roles.set(i, 'story')
    else if (next.startsWith('■摄影') && !(lines[i] as string).trim().startsWith('■')) roles.set(i, 'photo')
  }
  const starts = [...roles.keys()]
  const { before, units } = cut(lines, starts, (s) => {
    const role = roles.get(s) as Role
    return { role, lines: [], title: role === 'story' ? [0] : [] }
  })
  return {
    head: { role: 'head', lines: before, title: [] },
    groups: [{ header: [], units, order: 'keep-first', drop: 1 }],
    tail: [],
  }
}

export function parseTemplate(name: string, text: string): Template {
  const lines = text.split('\n')
  const kind = detectKind(text)
  const parts =
    kind === 'newsletter' ? parseNewsletter(lines)
    : kind === 'front-page' ? parseFrontPage(lines)
    : parseFeature(lines, kind === 'magazine')
  return { name, kind, text, ...parts }
}
