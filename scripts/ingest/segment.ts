import type { ArticleKind, BlockType, Byline, LayoutKind, ReportEntry } from './model.ts'
import { leadBylines, parseBylineLine, parseNamesOnly } from './bylines.ts'
import { isProseUnit as isProse, isText, isTitleUnit as isTitleLike, type Unit } from './classify.ts'
import { ATTRIBUTION_BODY, CONTINUATION_BODY, endsComplete, isTwoPart, LEAD_MARKER, OPENS_SENTENCE, SHORT_LINE, visibleLength } from './text.ts'
import { DANGLING_TAGS, lastWord, wordAcross } from './words.ts'

export interface BlockDraft {
  type: BlockType
  text: string
  lines: number[]
}

export interface StoryDraft {
  kind: ArticleKind
  title: string | null
  subtitle: string | null
  section: string | null
  bylines: Byline[]
  credit: string | null
  continued: string | null
  blocks: BlockDraft[]
  lines: number[]
}

export interface Segmentation {
  stories: StoryDraft[]
  publication: string | null
  masthead: Unit | null
  entries: ReportEntry[]
}

/** A kicker naming a place or a body, with a colon: 海盐县：, 平湖市: */
/** A dispatch alone on its line: 本报嘉兴9月13日电, 某某在线嘉兴6月29日讯. */
const DISPATCH_ALONE = /^(?:本报[\u4e00-\u9fff]{0,8}?|[\u4e00-\u9fffA-Za-z·]{2,14}?)\d{1,2}月\d{1,2}日(?:电|讯)$/
const KICKER_LABEL = /^[\u4e00-\u9fff·]{2,8}[：:]$/
const KICKER_LEAD = /^[^。！？]{4,40}——$/

/** How strongly each kind of furniture names the publication: the lowest rank wins. */
const PUBLICATION_RANK = { 'paper-name': 0, 'source-paper': 1, mark: 2, source: 3, 'page-line': 4, tail: 5 } as const

function addBylines(story: StoryDraft, bylines: Byline[]) {
  for (const b of bylines) {
    const same = story.bylines.find((x) => x.name === b.name && (x.role === b.role || x.role === '' || b.role === ''))
    // a name printed alone first, and again with its role (甲 … 某网记者 甲): the role is its
    if (!same) story.bylines.push(b)
    else if (same.role === '' && b.role !== '') same.role = b.role
  }
}

const isPhotoByline = (u: Unit) => u.kind === 'byline' && /^摄/.test(u.bylines?.[0]?.role ?? '')

/**
 * Consecutive title-like lines from i (at most `max`), none after a picture gap but
 * the first. A page's first headline may run long (`firstMax` characters).
 */
function titleGroupLength(units: Unit[], i: number, max: number, firstMax = SHORT_LINE): number {
  const first = units[i]
  if (!isText(first) || endsComplete(first.text) || visibleLength(first.text) > firstMax) return 0
  let k = 1
  // (names alone under a headline are its writers, not a deck)
  while (k < max && isTitleLike(units[i + k]) && units[i + k]!.gapBefore < 2 && !parseNamesOnly(units[i + k]!.text)) k++
  return k
}

/**
 * On a newspaper page a headline is what stands right above a reporter's byline or a 本报讯 lead:
 * one line of any length, or a kicker and a headline, two short lines printed together.
 */
function headlineBeforeByline(units: Unit[], i: number): number {
  // 本报讯（记者 …） carries the byline in the lead itself
  const isReporterByline = (u: Unit | undefined) => (u?.kind === 'byline' && !isPhotoByline(u)) || (isText(u) && LEAD_MARKER.test(u.text))
  const u = units[i]
  if (!isText(u)) return 0
  // a headline may end with ！ or ？ but not with a full stop: that is a paragraph
  if (isReporterByline(units[i + 1]) && visibleLength(u.text) <= 80 && !/[。；;]$/.test(u.text)) return 1
  const v = units[i + 1]
  // a picture gap may stand above a kicker only at the top of the page or after page furniture
  const kickerGapOk = u.gapBefore < 2 || !isText(units[i - 1])
  if (isReporterByline(units[i + 2]) && isTitleLike(u) && isTitleLike(v) && kickerGapOk && v!.gapBefore < 2) return 2
  return 0
}

/** A numbered heading (一、 （二） 3.) orders the parts of one story; it never starts another. */
const ENUMERATED = /^([一二三四五六七八九十]+[、．.]|[（(][一二三四五六七八九十\d]+[)）]|\d+[、.．])/


/**
 * A newsletter brief: its first words are its headline (`媒体关注 10月29日，…`).
 * Split at the gap before the body: preferably one followed by a date, else a double
 * space, else the first space.
 */
export function splitBrief(text: string): { title: string; body: string } | null {
  if (LEAD_MARKER.test(text)) return null
  const gaps = [...text.slice(0, 48).matchAll(/\s+/g)].filter((m) => m.index! > 1)
  if (gaps.length === 0) return null
  const pick = gaps.find((m) => OPENS_SENTENCE.test(text.slice(m.index! + m[0].length))) ?? gaps.find((m) => m[0].length >= 2) ?? gaps[0]!
  const title = text.slice(0, pick.index!).trim()
  const body = text.slice(pick.index! + pick[0].length).trim()
  if (visibleLength(title) < 4 || visibleLength(title) > 40 || /[，。；！？：,;!?]/.test(title.replace(/“[^”]*”/g, ''))) return null
  if (visibleLength(body) < 8 || !/[。！？!?）)]/.test(body) || /^[的了地得之，。、]/.test(body)) return null
  return { title, body }
}

/** An item's name ends on a noun (…项目, …中心); `李刚指出：` is someone speaking. */
const namesAThing = (name: string) => /^n/.test(lastWord(name)?.tag ?? '')
const COLON_ITEM = /^([^：:，。；、“”！？\s]{2,20})([：:])(.{10,})$/
/**
 * A newsletter's round-up (工程速览): a run of lines each led by a name and a colon
 * (`嘉兴南湖机场项目：主体工程…`). One such line alone is just a sentence with a colon.
 */
function splitColonItem(units: Unit[], i: number): { title: string; colon: string; body: string } | null {
  const m = units[i]!.text.match(COLON_ITEM)
  if (!m || !namesAThing(m[1]!)) return null
  const neighbour = (u: Unit | undefined) => isText(u) && COLON_ITEM.test(u.text) && namesAThing(u.text.match(COLON_ITEM)![1]!)
  if (!neighbour(units[i - 1]) && !neighbour(units[i + 1])) return null
  return { title: m[1]!, colon: m[2]!, body: m[3]!.trim() }
}

/** （综合）, （机场公司 钟婷玉）: one short word, or words then a name; never a sentence or a 来源： note. */
/** Writers credited in brackets at the end of a paragraph, in any byline form: （某台记者甲,通讯员乙报道）. */
const TRAILING_BRACKET = /^(.*[。！？!?”…])\s*[（(]([^（）()]{2,40})[）)]$/
const PHOTO_CREDIT = /[。！？”）)]\s*((?:[\u4e00-\u9fff]{0,8}(?:记者|摄影))?\s*[\u4e00-\u9fff·]{2,4}(?:\s+[\u4e00-\u9fff·]{2,4})?)\s*摄$/
function bracketedCredit(text: string): RegExpMatchArray | null {
  const m = text.match(TRAILING_BRACKET)
  return m && parseBylineLine(m[2]!) ? m : null
}
const TRAILING_NAMES = /^(.*[。！？!?”])\s+((?:[\u4e00-\u9fff·]{2,4}\s*){1,3})$/
const TRAILING_ATTRIBUTION = new RegExp(`^(.*[。！？!?”…])\\s*[（(](${ATTRIBUTION_BODY})[）)]$`)
const TRAILING_CONTINUATION = new RegExp(`^(.*?)\\s*[（(]\\s*(${CONTINUATION_BODY})\\s*[）)]$`)
const NAME = /^[\u4e00-\u9fff·]{2,4}$/

/** （机场公司 钟婷玉） → the department and the writer; （综合） names no one. */
export function parseAttribution(text: string): Byline | null {
  const tokens = text.trim().split(/\s+/)
  if (tokens.length < 2 || !NAME.test(tokens.at(-1)!)) return null
  return { role: tokens.slice(0, -1).join(' '), name: tokens.at(-1)! }
}

/**
 * A second title line that opens with a word of one to three characters and a space,
 * under a one-part line that filled the column, ends that line's phrase (`…通过交工` /
 * `验收 新增…`).
 */
const HANGING_WORD = /^[\u4e00-\u9fff]{1,3}\s/

/**
 * Title lines: one headline broken by a narrow column, or a headline with its deck
 * (a line opening ——) or, on a newspaper page, its kicker (引题) printed above it?
 * Newsletters print neither decks nor kickers; elsewhere the lines are apart unless
 * the break falls inside a word or after a word that cannot end a phrase. The model
 * has no kicker field: a kicker is kept as the subtitle.
 */
function composeTitle(group: Unit[], layout: LayoutKind, entries: ReportEntry[]): { title: string; subtitle: string | null } {
  let title = group[0]!.text
  let subtitle: string | null = null
  let kicker: string | null = null
  let lastLine = group[0]!.lines.at(-1)!
  for (const u of group.slice(1)) {
    const b = u.text
    const broken =
      !b.startsWith('——') &&
      subtitle === null &&
      kicker === null &&
      ((layout === 'newsletter' && !isTwoPart(title)) || wordAcross(title, b) !== null || (DANGLING_TAGS.has(lastWord(title)?.tag ?? '') && lastWord(title)?.word !== '了') || (HANGING_WORD.test(b) && visibleLength(title) >= 12 && !isTwoPart(title)))
    // Of two lines, one a clause (with 、 or ，) half again as long as the other: the short one is
    // the headline, the clause its kicker above or its deck below
    const clause = (x: string, y: string) => /[、，,]/.test(x) && visibleLength(x) >= 1.5 * visibleLength(y)
    if (broken) {
      entries.push({ action: 'join', kind: 'headline', lines: [lastLine, u.lines[0]!], text: `${title}\n${b}`, result: title + b, reason: 'a headline broken over two lines' })
      title += b
    } else if (!b.startsWith('——') && kicker === null && subtitle === null && group.length === 2 && clause(title, b)) {
      entries.push({ action: 'classify', kind: 'kicker', lines: group[0]!.lines, text: title, reason: 'a clause printed above a shorter headline is its kicker (kept as subtitle)' })
      kicker = title
      title = b
    } else if (!b.startsWith('——') && kicker === null && subtitle === null && group.length === 2 && clause(b, title)) {
      entries.push({ action: 'classify', kind: 'subtitle', lines: u.lines, text: b, reason: 'a clause printed under a shorter headline is its deck' })
      subtitle = b
    } else if (!b.startsWith('——') && layout === 'front-page' && kicker === null && subtitle === null) {
      entries.push({ action: 'classify', kind: 'kicker', lines: group[0]!.lines, text: title, reason: 'a short line printed above the headline is its kicker (kept as subtitle)' })
      kicker = title
      title = b
    } else {
      const deck = b.replace(/^——\s*/, '')
      if (deck !== b) entries.push({ action: 'classify', kind: 'subtitle', lines: u.lines, text: b, result: deck, reason: 'a line opening —— under the headline is its deck' })
      subtitle = subtitle === null ? deck : `${subtitle} ${deck}`
    }
    lastLine = u.lines.at(-1)!
  }
  const dash = title.match(/^(.+?)\s*——\s*(.+)$/)
  if (dash && subtitle === null) {
    entries.push({ action: 'classify', kind: 'subtitle', lines: group[0]!.lines, text: title, result: dash[2]!, reason: 'the part after —— is the subtitle' })
    title = dash[1]!.trim()
    subtitle = dash[2]!.trim()
  }
  if (kicker !== null) subtitle = subtitle === null ? kicker : `${kicker} ${subtitle}`
  return { title, subtitle }
}

function firstClause(text: string): string {
  const body = text.replace(/^(本报讯|本报记者)\s*/, '')
  const clause = body.split(/[，。！？；,;!?]/).find((c) => c.trim())?.trim() ?? body.trim()
  if (!clause) return '（无题）'
  return clause.length > 24 ? clause.slice(0, 24) + '…' : clause
}

export function segmentStories(units: Unit[], layout: LayoutKind): Segmentation {
  const stories: StoryDraft[] = []
  const entries: ReportEntry[] = []
  let publication: string | null = null
  let masthead: Unit | null = null
  let cur: StoryDraft | null = null
  let section: string | null = null
  let inQuote = false
  let closed = false

  let publicationRank = Infinity
  /** The publication a page names, the strongest evidence winning (当前报纸名称 over 来源 over a page line). */
  const named = (name: string | undefined | null, evidence: keyof typeof PUBLICATION_RANK) => {
    if (name && PUBLICATION_RANK[evidence] < publicationRank) {
      publication = name
      publicationRank = PUBLICATION_RANK[evidence]
    }
  }
  const pendingBylines: Byline[] = []
  let paperPage = false
  let dispatch: Unit | null = null
  let kicker: Unit | null = null
  const open = (kind: ArticleKind, group: Unit[]): StoryDraft => {
    // a newspaper's page (its page line printed) sets 引题 over 主题, and a deck with ——
    const t = group.length ? composeTitle(group, paperPage && layout !== 'newsletter' ? 'front-page' : layout, entries) : { title: null, subtitle: null }
    const rubric = group.find((u) => u.rubric)?.rubric
    for (const u of group) if (u.publication) named(u.publication, 'source-paper')
    cur = { kind, title: t.title, subtitle: t.subtitle, section: rubric ?? section, bylines: pendingBylines.splice(0), credit: null, continued: null, blocks: [], lines: group.flatMap((u) => u.lines) }
    if (kicker && t.title !== null) {
      // the kicker printed over this headline (海盐县：, or one found by the page's stamp)
      cur.subtitle = cur.subtitle ? `${kicker.text} ${cur.subtitle}` : kicker.text
      cur.lines.unshift(...kicker.lines)
      entries.push({ action: 'classify', kind: 'kicker', lines: kicker.lines, text: kicker.text, reason: 'a short line printed above the headline is its kicker (kept as subtitle)' })
    }
    kicker = null
    stories.push(cur)
    closed = false
    inQuote = false
    return cur
  }
  const current = (): StoryDraft => cur ?? open('story', [])
  const addBlock = (story: StoryDraft, type: BlockType, u: Unit, text = u.text) => {
    story.blocks.push({ type, text, lines: [...u.lines] })
    story.lines.push(...u.lines)
  }
  const closeWithAttribution = (story: StoryDraft, text: string, raw: string, lines: number[]) => {
    // （记者 甲 通讯员 乙）, （某台记者甲,通讯员乙报道）, （甲 乙）, or a newsletter's （机场公司 钟婷玉）
    const credited = parseBylineLine(text)?.bylines ?? parseNamesOnly(text.replace(/报道$/, ''))
    const byline = credited ? null : parseAttribution(text)
    if (credited) addBylines(story, credited)
    if (byline) story.bylines.push(byline)
    entries.push(
      credited
        ? { action: 'classify', kind: 'byline', lines, text: raw, reason: 'the writers credited in brackets at the end of the text' }
        : byline
          ? { action: 'classify', kind: 'attribution', lines, text: raw, reason: `the department ${byline.role} and writer ${byline.name}` }
          : { action: 'drop', kind: 'attribution', lines, text: raw, reason: 'a source note naming no writer (综合): not part of the text' },
    )
    if (layout === 'newsletter') closed = true
  }
  /** A paragraph may carry the story's attribution or continuation note at its end. */
  const addProse = (story: StoryDraft, type: BlockType, unit: Unit) => {
    const u = dispatch ? { ...unit, text: `${dispatch.text} ${unit.text}`, lines: [...dispatch.lines, ...unit.lines] } : unit
    dispatch = null
    let text = u.text
    const cont = text.match(TRAILING_CONTINUATION)
    if (cont) {
      text = cont[1]!
      story.continued = cont[2]!.replace(/\s+/g, '')
      entries.push({ action: 'classify', kind: 'continuation', lines: [u.lines.at(-1)!], text: u.text.slice(text.length).trim(), reason: 'continuation note at the end of the paragraph' })
    }
    // names set after the last sentence, apart from it (…表示。 甲 乙): the writers
    const trailing = text.match(TRAILING_NAMES)
    const trailingNames = trailing ? parseNamesOnly(trailing[2]!) : null
    if (trailing && trailingNames) {
      text = trailing[1]!
      addBylines(story, trailingNames)
      entries.push({ action: 'classify', kind: 'byline', lines: [u.lines.at(-1)!], text: trailing[2]!, reason: 'names set apart after the last sentence: the writers' })
    }
    const attr = text.match(TRAILING_ATTRIBUTION) ?? bracketedCredit(text)
    if (attr) text = attr[1]!
    const lead = story.blocks.length === 0 ? leadBylines(text) : null
    if (lead) {
      // (a page may print the byline on its stamp line and again in the lead's brackets)
      addBylines(story, lead.bylines)
      text = lead.rest
      entries.push({ action: 'classify', kind: 'byline', lines: [u.lines[0]!], text: lead.bracket, reason: 'the byline in brackets after 本报讯' })
    }
    // a photographer credited at the end of a caption (…。某社记者 甲 摄): a byline of the story, the caption as printed
    const photo = text.match(PHOTO_CREDIT)
    if (photo) {
      const parsed = parseBylineLine(photo[1]!.trim())
      const names = parsed?.bylines.map((b) => b.name) ?? parseNamesOnly(photo[1]!)?.map((b) => b.name) ?? []
      if (names.length) addBylines(story, names.map((name) => ({ role: '摄影', name })))
    }
    if (text.trim()) addBlock(story, type, u, text.trim())
    if (attr) closeWithAttribution(story, attr[2]!, u.text.slice(attr[1]!.length).trim(), [u.lines.at(-1)!])
  }
  const blockType = (i: number): BlockType => {
    const u = units[i]!
    if (inQuote) return 'quote'
    if (!isTitleLike(u)) return 'paragraph'
    // A short line with text right under it heads that text; after a picture gap it is
    // the picture's caption, unless it has a heading's two-part shape.
    const next = units[i + 1]
    const headsText = isProse(next) && next!.gapBefore < 2 && headlineBeforeByline(units, i + 1) === 0
    if (u.gapBefore >= 2) return headsText && isTwoPart(u.text) ? 'heading' : 'caption'
    return headsText ? 'heading' : 'caption'
  }

  for (let i = 0; i < units.length; i++) {
    const u = units[i]!
    switch (u.kind as Unit['kind']) {
      case 'section':
        section = u.text
        cur = null
        continue
      case 'rubric': {
        // the column of the story it stands by: the one just opened, or the next
        const opened = cur as StoryDraft | null
        if (opened && opened.blocks.length === 0) opened.section = u.text
        else section = u.text
        continue
      }
      case 'publication':
        named(u.publication, 'mark')
        continue
      case 'masthead':
        masthead ??= u
        named(u.publication, 'mark')
        continue
      case 'stray':
      case 'chrome':
      case 'editor':
        continue
      case 'stamp':
      case 'source-line':
      case 'page-line':
        named(u.publication, u.furniture?.publicationEvidence ?? 'source')
        if (u.kind === 'page-line') paperPage = true
        if (u.kind === 'page-line' && u.furniture?.section) {
          section = u.furniture.section
          // (an e-paper reader prints the page line under the headline: the story opened is on that page)
          const opened = cur as StoryDraft | null
          if (opened && opened.blocks.length === 0 && opened.section === null) opened.section = section
        }
        // a stamp or source line may credit the writers (来源：嘉兴日报 记者 甲)
        if (u.furniture?.bylines?.length) {
          if (cur) addBylines(cur, u.furniture.bylines)
          else pendingBylines.push(...u.furniture.bylines)
        }
        continue
      case 'quote-open':
        current()
        inQuote = true
        continue
      case 'quote-close':
        inQuote = false
        continue
      case 'continuation':
        current().continued = u.text
        if (layout === 'front-page') closed = true
        continue
      case 'credit': {
        const s = current()
        s.credit = s.credit ? `${s.credit}；${u.credit}` : u.credit!
        continue
      }
      case 'attribution':
        closeWithAttribution(current(), u.text, u.raw ?? u.text, u.lines)
        continue
      case 'box-title':
        open('box', [u])
        continue
      case 'byline': {
        const prev = units[i - 1]
        const host: StoryDraft | null = cur
        if (host && isPhotoByline(u) && (host.bylines.length > 0 || host.title === null) && prev?.kind !== 'byline') {
          const photo = extractPhoto(host, u)
          if (photo) {
            // a story opened only to hold the caption gives way to the photo
            if (host.title === null && host.blocks.length === 0 && !hasFurniture(host)) stories.splice(stories.indexOf(host), 1)
            stories.push(photo)
            cur = photo
            continue
          }
        }
        const s = current()
        addBylines(s, u.bylines ?? [])
        if (u.credit) s.credit = s.credit ? `${s.credit}；${u.credit}` : u.credit
        s.lines.push(...u.lines)
        continue
      }
      case 'md-heading': {
        const s: StoryDraft | null = cur
        if (u.level === 1 && (s === null || s.blocks.length > 0)) open('story', [u])
        else if (s && s.title === null) s.title = u.text
        else if (s && u.level === 2 && s.subtitle === null && s.blocks.length === 0) s.subtitle = u.text
        else addBlock(current(), 'heading', u)
        continue
      }
      case 'text':
        break
    }

    // a dispatch printed on a line of its own (本报嘉兴9月13日电), over the bylines: it opens the lead
    if (DISPATCH_ALONE.test(u.text)) {
      dispatch = u
      entries.push({ action: 'classify', kind: 'dispatch', lines: u.lines, text: u.text, reason: 'a dispatch on a line of its own: it opens the lead that follows' })
      continue
    }
    if (u.signature && cur) {
      addBlock(cur, 'note', u)
      continue
    }
    // names alone on a line, right under the headline or last after the text (甲 乙): the writers, with no role printed
    const story = cur as StoryDraft | null
    const names = story?.title && visibleLength(u.text) <= 16 ? parseNamesOnly(u.text) : null
    if (story && names && names.length >= 1 && (story.blocks.length === 0 || units.slice(i + 1).every((x) => x.kind !== 'text'))) {
      addBylines(story, names)
      story.lines.push(...u.lines)
      entries.push({ action: 'classify', kind: 'byline', lines: u.lines, text: u.text, reason: story.blocks.length === 0 ? 'names alone under the headline: its writers' : 'names alone after the text: its writers' })
      continue
    }
    // A stray line after the body that repeats part of the headline (a photo's title
    // or the e-paper's half title) starts no story.
    const open_ = cur as StoryDraft | null
    if (open_ && open_.blocks.length > 0 && open_.title && isTitleLike(u) && visibleLength(u.text) >= 4 && open_.title.replace(/\s+/g, '').includes(u.text.replace(/\s+/g, ''))) {
      entries.push({ action: 'drop', kind: 'repeat', lines: u.lines, text: u.text, reason: 'part of the headline printed again after the text: a stray line of the page' })
      continue
    }
    // A text line: does a story start here? A web page's headline is known by its stamp.
    if (u.headline === 'kicker') {
      kicker = u
      continue
    }
    // a place or a body named over the headline with a colon (海盐县：), or a line that leads
    // into it (三年文明创建路，为我们带来了什么——), is its kicker
    if ((KICKER_LABEL.test(u.text) || KICKER_LEAD.test(u.text)) && isTitleLike(units[i + 1]) && units[i + 1]!.gapBefore <= 1 && (cur === null || (cur as StoryDraft).blocks.length > 0 || layout === 'front-page')) {
      kicker = u
      continue
    }
    if (u.headline === 'main') {
      open('story', [u])
      entries.push({ action: 'classify', kind: 'headline', lines: u.lines, text: u.text, reason: 'the line right above the page’s stamp is its headline' })
      continue
    }
    if (layout === 'front-page') {
      const k = headlineBeforeByline(units, i)
      if (k > 0) {
        open('story', units.slice(i, i + k))
        i += k - 1
        continue
      }
    } else if (layout === 'newsletter') {
      const brief = splitBrief(u.text)
      const item = splitColonItem(units, i)
      if (item) {
        const s = open('brief', [{ ...u, text: item.title }])
        entries.push({ action: 'classify', kind: 'brief-headline', lines: u.lines, text: `${item.title}${item.colon}`, reason: 'one of a run of items each led by its name and a colon' })
        addProse(s, 'paragraph', { ...u, text: item.body })
        continue
      }
      if (brief && !isTitleLike(u)) {
        const s = open('brief', [{ ...u, text: brief.title }])
        entries.push({ action: 'classify', kind: 'brief-headline', lines: u.lines, text: brief.title, reason: 'a brief whose first words are its headline' })
        addProse(s, 'paragraph', { ...u, text: brief.body })
        continue
      }
      const k = ENUMERATED.test(u.text) ? 0 : titleGroupLength(units, i, 2)
      if (k > 0 && isProse(units[i + k])) {
        open('story', units.slice(i, i + k))
        i += k - 1
        continue
      }
    } else if (cur === null) {
      const k = titleGroupLength(units, i, 3, 80)
      if (k > 0) {
        open('story', units.slice(i, i + k))
        i += k - 1
        continue
      }
    }
    const s = closed || cur === null ? open('story', []) : (cur as StoryDraft)
    addProse(s, blockType(i), u)
  }

  nameUntitled(stories, entries)
  return { stories: mergeEmpty(stories, entries), publication, masthead, entries }
}

/**
 * `■摄影` after a story already bylined closes a photo story: the paragraph just
 * before it is the photo's caption, and a title-like line before that its title.
 */
function extractPhoto(story: StoryDraft, byline: Unit): StoryDraft | null {
  const caption = story.blocks.at(-1)
  if (!caption || caption.type !== 'paragraph') return null
  story.blocks.pop()
  let title: string | null = null
  const titleLines: number[] = []
  const before = story.blocks.at(-1)
  if (before && (before.type === 'heading' || before.type === 'caption')) {
    story.blocks.pop()
    title = before.text
    titleLines.push(...before.lines)
  }
  const moved = new Set([...titleLines, ...caption.lines])
  story.lines = story.lines.filter((n) => !moved.has(n))
  return {
    kind: 'photo',
    title,
    subtitle: null,
    section: story.section,
    bylines: [...(byline.bylines ?? [])],
    credit: byline.credit ?? null,
    continued: null,
    blocks: [{ ...caption, type: 'caption' }],
    lines: [...titleLines, ...caption.lines, ...byline.lines],
  }
}

/**
 * Stories without a printed title: a photo takes a stray title-like line of the page
 * whose words its caption repeats (`春暖花开`); otherwise the first words of the text.
 */
function nameUntitled(stories: StoryDraft[], entries: ReportEntry[]) {
  for (const story of stories) {
    if (story.title !== null || story.blocks.length === 0) continue
    const body = story.blocks.map((b) => b.text).join('')
    if (story.kind === 'photo') {
      for (const other of stories) {
        const idx = other.blocks.findIndex((b) => b.type === 'caption' && visibleLength(b.text) <= 12 && body.includes(b.text))
        if (other === story || idx === -1) continue
        const [moved] = other.blocks.splice(idx, 1)
        other.lines = other.lines.filter((n) => !moved!.lines.includes(n))
        story.title = moved!.text
        story.lines.push(...moved!.lines)
        entries.push({ action: 'classify', kind: 'photo-title', lines: moved!.lines, text: moved!.text, reason: 'a title line set apart on the page whose words the photo caption repeats' })
        break
      }
    }
    if (story.title === null && story.section !== null && !stories.some((o) => o !== story && o.section === story.section)) {
      story.title = story.section
      entries.push({ action: 'infer', kind: 'title', lines: story.blocks[0]?.lines.slice(0, 1) ?? [], text: story.section, result: story.section, reason: 'no headline printed: the section holds only this story, and its name stands for it' })
    }
    if (story.title === null) {
      const first = story.blocks[0]!
      story.title = firstClause(first.text)
      entries.push({ action: 'infer', kind: 'title', lines: first.lines.slice(0, 1), text: first.text, result: story.title, reason: 'no headline printed: the first words of the text stand for it' })
      if (story.kind !== 'photo') {
        entries.push({ action: 'warn', kind: 'no-headline', lines: first.lines.slice(0, 1), text: '', reason: 'no headline recognised; the story is titled by its first words' })
      }
    }
  }
}

const hasFurniture = (s: StoryDraft) => s.bylines.length > 0 || s.credit !== null || s.continued !== null

/**
 * Stories with no text under them. A headline with its byline or continuation note
 * (a teaser for an inside page) stays a story. A bare title (a box heading at the foot
 * of a page) becomes a note of the story before, or is dropped if printed before.
 * Bylines or notes with neither title nor text go to the story before.
 */
function mergeEmpty(stories: StoryDraft[], entries: ReportEntry[]): StoryDraft[] {
  const out: StoryDraft[] = []
  for (const s of stories) {
    const host = out.at(-1)
    if (s.blocks.length > 0) {
      out.push(s)
      continue
    }
    const text = [s.title, s.subtitle].filter(Boolean).join(' ')
    if (s.title !== null && out.some((o) => o.title === s.title || o.blocks.some((b) => b.text === text))) {
      entries.push({ action: 'drop', kind: 'repeat', lines: s.lines, text, reason: 'a title with nothing under it, printed before on this page' })
      continue
    }
    if (s.title !== null && hasFurniture(s)) {
      out.push(s)
      continue
    }
    if (s.title === null) {
      if (!hasFurniture(s)) continue // page furniture only: each line is already in the report
      if (host) {
        host.bylines.push(...s.bylines)
        host.credit ??= s.credit
        host.continued ??= s.continued
        host.lines.push(...s.lines)
        entries.push({ action: 'classify', kind: 'orphan-furniture', lines: s.lines, text: '', reason: 'a byline or note with no headline or text of its own: it belongs to the story before' })
      } else {
        out.push({ ...s, title: '（无题）' })
        entries.push({ action: 'warn', kind: 'no-headline', lines: s.lines.slice(0, 1), text: '', reason: 'a byline or note with no headline and no text' })
      }
      continue
    }
    entries.push({ action: 'classify', kind: 'orphan-title', lines: s.lines, text, reason: host ? 'a title with no story under it: kept as a note of the story before' : 'a title with no story under it' })
    if (host) {
      host.blocks.push({ type: 'note', text, lines: s.lines })
      host.lines.push(...s.lines)
    } else {
      out.push({ ...s, blocks: [{ type: 'note', text, lines: s.lines }] })
    }
  }
  return out
}
