import type { Curation } from './curation.ts'
import { dateAlone, readFurniture, signOff, type Furniture, type FurnitureKind } from './furniture.ts'
import { parseBylineLine, parseNamesOnly } from './bylines.ts'
import { seeThrough } from './see-through.ts'
import type { Byline, ReportEntry } from './model.ts'
import { ATTRIBUTION_BODY, CONTINUATION_BODY, isTitleLine, normalizeSpace, visibleLength } from './text.ts'

/**
 * What one line of a print export is, judged by its shape alone. `text` lines are
 * prose, headings, titles or captions: later stages tell those apart by context.
 */
export type UnitKind =
  | 'text'
  | 'md-heading' // # / ## / ###
  | 'section' // 【要闻信息】
  | 'byline' // ■撰文 … / ■记者 … / 通讯员 …
  | 'credit' // □图片由…提供
  | 'attribution' // （综合） or （机场公司 钟婷玉） on a line of its own
  | 'continuation' // (下转2版)
  | 'quote-open' // a lone “ opening a pull quote
  | 'quote-close' // a lone ” closing it
  | 'stray' // ……, page markers, lone punctuation
  | 'publication' // 南晚: the paper's mark
  | 'box-title' // 天气预报
  | 'masthead' // 南湖晚报 2025年4月18日 星期五
  | 'rubric' // ●访谈录: the column a story runs in
  | FurnitureKind // a published page's stamps, page lines, source and editor lines, chrome

export interface Unit {
  kind: UnitKind
  /** the content, whitespace normalised; for md-heading without the #s */
  text: string
  /** raw lines this unit was made from */
  lines: number[]
  /** blank lines before the first of them: a wide gap is where a picture stood */
  gapBefore: number
  level?: number
  bylines?: Byline[]
  credit?: string | null
  publication?: string
  /** the line as printed, where `text` is only part of it */
  raw?: string
  /** what a line of page furniture says: its stamps, publication, page name */
  furniture?: Furniture
  /** a web page's headline found above its stamp (main), and the kicker printed over it */
  headline?: 'main' | 'kicker'
  /** the body that signs a document, on the line above its sign-off date */
  signature?: boolean
  /** a column's name printed before the headline on its line (【新闻特写】…) */
  rubric?: string
}

/** Lines that are page furniture: evidence for the date or the publication at most, never text. */
export const isFurniture = (u: Unit | undefined): boolean =>
  u !== undefined && (u.kind === 'stamp' || u.kind === 'page-line' || u.kind === 'source-line' || u.kind === 'editor' || u.kind === 'chrome')

/** Unit predicates shared by the repair and segment stages. */
export const isText = (u: Unit | undefined): u is Unit => u?.kind === 'text'
/** A text line that can be a title, heading or caption. */
export const isTitleUnit = (u: Unit | undefined): boolean => isText(u) && isTitleLine(u.text)
/** A text line that reads as prose: complete, long, or full of pauses. */
export const isProseUnit = (u: Unit | undefined): boolean => isText(u) && !isTitleLine(u.text)

/** A line marked as a byline (■记者 …, -记者甲), or short and unfinished enough to be one. */
const BYLINE_MARK = /^[■□▲]|^[-—–－]\s*[\u4e00-\u9fff]/
const SECTION = /^【([^【】]{1,16})】$/
/** ●访谈录, ◆书记访谈: a column's name, marked, alone on its line. */
const RUBRIC_GLUED = /^[【\[［]([^【】\[\]［］]{2,8})[】\]］]\s*(\S.{1,40})$/
const RUBRIC = /^[●◆]\s*([\u4e00-\u9fff]{2,8})$/
const MD_HEADING = /^(#{1,6})\s+(.+?)(?:\s+#+)?\s*$/
const CREDIT = /^□?\s*((?:图片|照片|图)由.+提供|图\s*[\/／].+)$/
const ATTRIBUTION = new RegExp(`^[（(](${ATTRIBUTION_BODY})[）)]$`)
const CONTINUATION = new RegExp(`^[（(]?\\s*(${CONTINUATION_BODY})\\s*[）)]?$`)
const STRAY = /^[…\.·。，、,\-—_~*＊=+|｜•？?！!：:；;]+$|^(第\s*[0-9一二三四五六七八九十]+\s*版|[A-Z]\d{1,2}(版)?|\d{1,3}|[—–\-~－]+\s*\d{1,3}\s*[—–\-~－]+)$/
/** A page marker (— 12 —, - 3 -, 12): the next short line may be the running header of that page. */
const PAGE_MARKER = /^(?:[—–\-~－]+\s*)?\d{1,3}(?:\s*[—–\-~－]+)?$/
const FULL_DATE = /(19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日/
/** What else a masthead carries: the lunar date, the weekday, the issue number, the page count. */
const MASTHEAD_MORE = /农历|星期|周[一二三四五六日]|第\s*\d+\s*期|总第|今日\s*\d+\s*版|\d+\s*版|统一刊号|CN\s*\d/
/** Text an export should not contain: HTML tags, a YAML fence, `key: value`, Markdown links. */
const MARKUP = /<\/?[a-z][a-z0-9]*[\s>\/]|^-{3,}$|^[A-Za-z_][\w-]*:\s|\]\(https?:/i

export function classifyLines(text: string, curation: Curation): { units: Unit[]; entries: ReportEntry[] } {
  const units: Unit[] = []
  const entries: ReportEntry[] = []
  const publications = new Map<string, string>()
  for (const p of curation.publications) {
    publications.set(p.name, p.name)
    for (const s of p.short) publications.set(s, p.name)
  }
  const boxes = new Set(curation.boxes)
  let gap = 0
  let contentSeen = 0
  let inMasthead = false
  let afterPageMarker = false
  let nameplate: string | null = null
  const rawLines = text.split('\n')
  for (let i = 0; i < rawLines.length; i++) {
    const raw = rawLines[i]!
    const t = normalizeSpace(raw)
    if (t === '') {
      gap++
      continue
    }
    const n = i + 1
    const unit: Unit = { kind: 'text', text: t, lines: [n], gapBefore: contentSeen === 0 ? 0 : gap }
    gap = 0
    contentSeen++
    const classify = (kind: UnitKind, reason: string) => {
      unit.kind = kind
      entries.push({ action: kind === 'stray' ? 'drop' : 'classify', kind, lines: [n], text: raw.trim(), reason })
    }
    let m: RegExpMatchArray | null
    // (a reprint's pinyin glosses and traditional characters are seen through)
    const seen = seeThrough(t)
    const f = readFurniture(seen)
    if (f) {
      unit.furniture = f
      unit.kind = f.kind
      unit.publication = f.publication ?? undefined
      // out of the text in any case; a stamp or page line is evidence first (its result)
      entries.push({ action: 'drop', kind: f.kind, lines: [n], text: raw.trim(), result: f.stamps.map((s) => s.value).join(' ') || f.publication || f.section || undefined, reason: f.reason })
      contentSeen--
    } else if ((m = t.match(MD_HEADING))) {
      unit.level = m[1]!.length
      unit.text = m[2]!
      classify('md-heading', `Markdown heading of level ${unit.level}`)
    } else if ((m = seen.match(RUBRIC))) {
      unit.text = m[1]!
      classify('rubric', 'a column’s name marked with ● on a line of its own: the story’s section')
    } else if ((m = t.match(RUBRIC_GLUED)) && isTitleLine(m[2]!)) {
      // 【新闻特写】异地送荣誉 走亲传真情: a column's name glued before the headline;
      // [某某日报]标题: the paper a portal took it from
      unit.text = m[2]!
      const medium = /(?:报|网|社|台|刊)$/.test(m[1]!)
      if (medium) unit.publication = m[1]!
      else unit.rubric = m[1]!
      entries.push({ action: 'classify', kind: medium ? 'source-line' : 'rubric', lines: [n], text: t.slice(0, t.length - m[2]!.length).trim(), result: m[1], reason: medium ? 'the paper the headline was taken from, in brackets before it' : 'a column’s name in 【】 before the headline: the story’s section' })
    } else if ((m = t.match(SECTION))) {
      unit.text = m[1]!.trim()
      classify('section', 'a name in 【】 on a line of its own opens a section')
    } else if (t === '“' || t === '「') {
      classify('quote-open', 'a lone opening quotation mark starts a pull quote')
    } else if (t === '”' || t === '」') {
      classify('quote-close', 'a lone closing quotation mark ends the pull quote')
    } else if ((m = t.match(CONTINUATION))) {
      unit.text = m[1]!.replace(/\s+/g, '')
      classify('continuation', 'continuation note: the story goes on on another page')
    } else if ((m = t.match(CREDIT))) {
      unit.credit = m[1]!
      classify('credit', 'photo credit')
    } else if (publications.has(t)) {
      unit.publication = publications.get(t)!
      classify('publication', `the mark of ${unit.publication} (curation file)`)
      entries.at(-1)!.result = unit.publication
    } else if (boxes.has(t)) {
      classify('box-title', 'title of a fixed page box (curation file)')
    } else if (inMasthead && MASTHEAD_MORE.test(t) && visibleLength(t) <= 30 && !/[，。；！？]/.test(t)) {
      unit.kind = 'masthead'
      entries.push({ action: 'drop', kind: 'masthead', lines: [n], text: raw.trim(), reason: 'calendar or issue line under the masthead: part of no story' })
    } else if (contentSeen <= 3 && FULL_DATE.test(t) && visibleLength(t) <= 40 && !/[，。；！？]/.test(t)) {
      const pub = [...publications.keys()].find((k) => t.includes(k))
      if (pub) unit.publication = publications.get(pub)!
      classify('masthead', 'a full date alone at the top of the page is the masthead')
    } else if ((m = t.match(ATTRIBUTION)) && !/[，。；]/.test(m[1]!)) {
      unit.text = m[1]!.trim()
      unit.kind = 'attribution' // reported by the segmenter, which knows whose it is
      unit.raw = raw.trim()
    } else if (STRAY.test(t) || (visibleLength(t) === 1 && !/[\u4e00-\u9fff]/.test(t))) {
      classify('stray', 'layout debris: punctuation or a page marker alone on a line')
    } else if (
      contentSeen > 3 &&
      visibleLength(t) <= 24 &&
      !/[，。；！？：:]/.test(t) &&
      ((afterPageMarker && /[·|｜]|第\s*\d+\s*期/.test(t)) || (nameplate !== null && t !== nameplate && t.startsWith(nameplate)))
    ) {
      classify('stray', 'running header: the publication’s name repeated at the top of a page')
    } else if (BYLINE_MARK.test(t) || (visibleLength(t) <= 40 && !/[。！？]$/.test(t))) {
      const parsed = parseBylineLine(seen)
      if (parsed) {
        unit.bylines = parsed.bylines
        unit.credit = parsed.credit
        classify('byline', 'byline: roles and names')
        for (const brand of parsed.brands ?? []) {
          const at = raw.indexOf(brand)
          entries.push({ action: 'drop', kind: 'byline-brand', lines: [n], text: at >= 0 ? raw.slice(at).split(/\s/)[0]! : brand, reason: `the paper’s brand ${brand} before the role: the role is recorded, the brand is the paper’s` })
        }
      }
    }
    if (MARKUP.test(t)) {
      entries.push({ action: 'warn', kind: 'markup', lines: [n], text: raw.trim(), reason: `line ${n} looks like HTML, Markdown or YAML markup; it is kept as plain text` })
    }
    // a table's cell bar left at a line's end (标题 |) is layout, not text
    if (unit.kind === 'text' && /\S\s*[|｜]$/.test(unit.text)) unit.text = unit.text.replace(/\s*[|｜]$/, '')
    inMasthead = unit.kind === 'masthead'
    afterPageMarker = unit.kind === 'stray' && PAGE_MARKER.test(t)
    // a short first line is the nameplate (鸳湖通讯); a later line opening with it is a running header
    if (contentSeen === 1 && unit.kind === 'text' && visibleLength(t) <= 10 && !/[，。；！？]/.test(t)) nameplate = t
    units.push(unit)
  }
  joinLabelValues(units, entries)
  continueBylines(units, entries)
  markSignOff(units, entries)
  return { units, entries: pairQuotes(units, entries) }
}

/**
 * A label printed on its own line with its value on the next (`来源:` / `浙江在线`,
 * `责任编辑:` / `蒋敏华`): the two lines are read as one line of furniture.
 */
function joinLabelValues(units: Unit[], entries: ReportEntry[]) {
  for (let i = 0; i + 1 < units.length; i++) {
    const label = units[i]!
    const value = units[i + 1]!
    if (!/^[\u4e00-\u9fff ]{2,8}[:：]$/.test(label.text) || value.kind !== 'text' || visibleLength(value.text) > 24 || /[，。；！？]/.test(value.text)) continue
    const f = readFurniture(`${label.text}${value.text}`)
    if (!f || f.kind === 'chrome') continue
    value.kind = f.kind
    value.furniture = f
    value.publication = f.publication ?? undefined
    entries.push({ action: 'drop', kind: f.kind, lines: value.lines, text: value.text, result: f.publication ?? undefined, reason: `the value of the label ${label.text} on the line before: ${f.reason}` })
  }
}

/** A byline wrapped onto the next line (■记者 甲 乙 丙 / 丁 戊): the names there share the last role. */
function continueBylines(units: Unit[], entries: ReportEntry[]) {
  for (let i = 1; i < units.length; i++) {
    const u = units[i]!
    const before = units[i - 1]!
    // (only a long line wraps: under a short one, a name alone is someone else's, an editor's)
    const role = before.kind === 'byline' && visibleLength(before.text) >= 12 ? before.bylines?.at(-1)?.role : undefined
    const names = role !== undefined && u.kind === 'text' && u.gapBefore <= 1 ? parseNamesOnly(u.text) : null
    if (!names) continue
    u.kind = 'byline'
    u.bylines = names.map((b) => ({ role: role!, name: b.name }))
    entries.push({ action: 'classify', kind: 'byline', lines: u.lines, text: u.text, reason: `names wrapped from the byline above: ${role}` })
  }
}

/** Lines that may follow a document's sign-off date: furniture, notes, a signature. */
const AFTER_SIGN_OFF = new Set<UnitKind>(['stray', 'chrome', 'editor', 'stamp', 'source-line', 'page-line', 'attribution', 'byline', 'publication', 'credit'])

/** A date alone on the last line of text is the date the document was signed with: evidence, then furniture. */
function markSignOff(units: Unit[], entries: ReportEntry[]) {
  for (let i = units.length - 1; i >= 1; i--) {
    const u = units[i]!
    if (AFTER_SIGN_OFF.has(u.kind)) continue
    const stamp = u.kind === 'text' ? dateAlone(u.text) : null
    if (stamp) {
      u.kind = 'stamp'
      u.furniture = signOff(stamp)
      entries.push({ action: 'drop', kind: 'stamp', lines: u.lines, text: u.text, result: stamp.value, reason: u.furniture.reason })
      // the line above, short and with no sentence in it, names who signs (禾城区发展和改革局)
      const signer = units[i - 1]
      if (signer?.kind === 'text' && visibleLength(signer.text) <= 24 && !/[，。；：！？,;:]/.test(signer.text)) {
        signer.signature = true
        entries.push({ action: 'classify', kind: 'signature', lines: signer.lines, text: signer.text, reason: 'above the sign-off date: who signs the document (kept as a note)' })
      }
    }
    return
  }
}

/**
 * A lone “ opens a pull quote only if a lone ” closes it; an unmatched mark is layout
 * debris, and its report entry says so.
 */
function pairQuotes(units: Unit[], entries: ReportEntry[]): ReportEntry[] {
  let open: Unit | null = null
  const unmatched: Unit[] = []
  for (const u of units) {
    if (u.kind === 'quote-open') {
      if (open) unmatched.push(open)
      open = u
    } else if (u.kind === 'quote-close') {
      if (open) open = null
      else unmatched.push(u)
    }
  }
  if (open) unmatched.push(open)
  for (const u of unmatched) {
    u.kind = 'stray'
    const e = entries.find((x) => x.lines[0] === u.lines[0] && (x.kind === 'quote-open' || x.kind === 'quote-close'))!
    Object.assign(e, { action: 'drop', kind: 'stray', reason: 'a lone quotation mark with no partner: layout debris' })
  }
  return entries
}
