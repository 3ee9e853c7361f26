// Small facts about Chinese print text shared by the stages.

/**
 * Characters that end a sentence or a list item; a line ending in one is complete.
 * So is a sentence followed by its attribution: `…务期必成。（机场公司 钟婷玉）`.
 */
const TERMINAL = /[。！？!?…；;：:]$|——$|[。！？!?…][”’」』）)]$|[。！？!?…”][（(][^（）()]{1,24}[）)]$/

/** A line ending so is complete; one that does not may continue on the next line. */
export function endsComplete(text: string): boolean {
  return TERMINAL.test(text.trimEnd())
}

/** Length as a reader sees it: no whitespace. */
export function visibleLength(text: string): number {
  return text.replace(/\s+/g, '').length
}

/** Whitespace inside the text collapsed, ends trimmed. */
export function normalizeSpace(text: string): string {
  return text.replace(/[\s\u3000]+/g, ' ').trim()
}

/** Headings, titles and captions are short; paragraph lines run longer. */
export const SHORT_LINE = 30

/** Pause marks outside quotation marks: a title has at most one, a sentence often more. */
function pausesOutsideQuotes(text: string): number {
  return (text.replace(/[“「『《][^”」』》]*[”」』》]/g, '').match(/[，,、；;：:]/g) ?? []).length
}

/** A line that can be a title, heading or caption: short, unfinished, at most one pause. */
export function isTitleLine(text: string): boolean {
  return visibleLength(text) <= SHORT_LINE && !endsComplete(text) && pausesOutsideQuotes(text) < 2
}

/**
 * A two-part title (`筑牢经济根基 打造产业提质增长极`, `发展惠民，助力城市向新`):
 * whitespace or a comma between phrases, outside quotation marks.
 */
export function isTwoPart(text: string): boolean {
  let depth = 0
  const t = text.trim()
  for (let i = 0; i < t.length; i++) {
    const c = t[i]!
    if ('“‘「『《（('.includes(c)) depth++
    else if ('”’」』》）)'.includes(c)) depth = Math.max(0, depth - 1)
    else if (depth === 0 && i > 0 && i < t.length - 1 && /[\s，,]/.test(c)) return true
  }
  return false
}

const OPENERS = /[，、“‘（《(,「『]$/
/** A line that ends on a comma or an open bracket has not ended. */
export function endsOpen(text: string): boolean {
  return OPENERS.test(text.trimEnd())
}

const CLOSERS = /^[，。、；：！？”’）》,.;:!?)」』]/
/** A line that starts with closing punctuation continues the line before it. */
export function startsClosed(text: string): boolean {
  return CLOSERS.test(text.trimStart())
}

/** How news sentences open: a date, a time word, a 本报 lead marker. */
export const OPENS_SENTENCE = /^(\d{4}年|\d{1,2}月\d{1,2}日|昨天|昨日|今天|今日|前天|近日|日前|目前|今年|去年|本报)/

/** Markers that open a news lead rather than a headline (本报讯, 新华社, 本报嘉兴3月6日电). */
export const LEAD_MARKER = /^(本报讯|本报记者|新华社|据[\u4e00-\u9fff]{1,8}报道|本报[\u4e00-\u9fff]{0,6}\d{1,2}月\d{1,2}日电)/

/** What an attribution in brackets holds: （综合）, （机场公司 钟婷玉）; never a sentence or a 来源： note. */
export const ATTRIBUTION_BODY = String.raw`[\u4e00-\u9fff]{2,12}(?:\s+[\u4e00-\u9fff·]{2,5})*`
/** A continuation note: 下转2版, 上接第1版, 转A3版. */
export const CONTINUATION_BODY = String.raw`(?:下|上)?(?:转|接)(?:上|下)?\s*第?\s*[0-9A-Za-z一二三四五六七八九十]{1,3}\s*版`

/** The marks that open an item of a list or a digest: ▲, ●, 一、, （一）, 1、 */
export const ITEM_MARKER = /^(?:[▲△●○◆◇■□★☆•►]|[一二三四五六七八九十]+[、．]|[（(][一二三四五六七八九十\d]+[)）]|\d{1,2}[、．](?!\d))/
