import { parseBylineLine, parseNamesOnly } from './bylines.ts'
import { alternation, words } from './lexicon.ts'
import type { Byline } from './model.ts'
import { visibleLength } from './text.ts'

// The furniture of a published page: what a web page, an e-paper reader or a
// government site prints around the story (stamps, page lines, source and editor
// lines, navigation, counters). Judged line by line, by form alone. A stamp is
// evidence for the publication date and a source line for the publication; then
// both are furniture, never story text.

export type FurnitureKind = 'stamp' | 'page-line' | 'source-line' | 'editor' | 'chrome'

/** How strongly a line names the page's publication: 当前报纸名称 over a paper named as source over a site or a page line. */
export type PublicationEvidence = 'paper-name' | 'source-paper' | 'source' | 'page-line' | 'tail'

/** A date a stamp prints: `YYYY-MM-DD` (or `YYYY-MM`), or `--MM-DD` when it gives no year. */
export interface StampDate {
  value: string
  /** the stamp as printed */
  text: string
  /** printed after a label (发布日期:, 日期:), or in an e-paper reader's tail line */
  labelled: boolean
}

export interface Furniture {
  kind: FurnitureKind
  stamps: StampDate[]
  /** the paper or site the line names (来源: 嘉兴日报, 当前报纸名称:, 嘉兴日报 第03版) */
  publication: string | null
  /** the page's name on a page line (第03版:要闻 → 要闻) */
  section: string | null
  reason: string
  /** a date the document is signed with, at its end */
  signOff?: boolean
  /** how the line names the publication, when it does */
  publicationEvidence?: PublicationEvidence
  /** writers the line credits (来源：嘉兴日报 记者 甲, 作者：记者 甲/文 乙/摄) */
  bylines?: Byline[]
  /** a header after which the site's own lines follow (相关稿件, 版权声明): the story is over */
  endsStory?: boolean
  /** a stamp above the headline, in the reader's or site's chrome: the reader's date, not the paper's */
  reader?: boolean
  /** the site's navigation (a breadcrumb, a menu): the article comes below it */
  navigation?: boolean
  /** the page's credits (编辑, 责任编辑): printed after the story, they close it */
  credits?: boolean
}

const pad = (n: string) => n.padStart(2, '0')
const SEP = String.raw`\s*[-./／年]\s*`
/** 2024-08-02 10:15, 2024.09.18, 2024/8/2, 2024 - 8 - 2, 2024年8月2日 10:15 */
const NUMERIC_DATE = new RegExp(
  String.raw`(?<!\d)((?:19|20)\d{2})${SEP}(\d{1,2})\s*[-./／月]\s*(\d{1,2})(?!\d)\s*日?(?:\s*(?:\d{1,2})\s*[:：]\s*\d{2}(?:\s*[:：]\s*\d{2})?)?`,
  'g',
)
/** A date written with 年月日 and no time: a masthead or a sign-off, not a stamp, unless labelled. */
const CHINESE_DATE_ONLY = /^(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日$/
// Stamps and labels
const DATE_LABELS = ['发布日期', '发布时间', '发表日期', '发表时间', '发稿时间', '更新时间', '录入时间', '上传时间', '成文日期', '日期', '时间']
const LABEL_BAR = new RegExp(`^(${alternation('stamp-labels')}|${alternation('source-labels')}|${alternation('editor-roles')})\\s*[|｜]\\s*`)
/** 来源 某台     编辑 某某: labels set apart by spaces, where a colon would stand. */
const LABEL_SPACED = new RegExp(`(^|\\s{2,})(${alternation('source-labels')}|${alternation('editor-roles')}|作者)\\s+(?=[\\u4e00-\\u9fff《])`, 'g')
const EDITOR_LABEL = new RegExp(`(?:${alternation('editor-roles')})\\s*[:：]`)
const HAS_LABEL = new RegExp(`(${alternation('stamp-labels')})\\s*[:：]`)
const YEARLESS = new RegExp(`(?:${DATE_LABELS.join('|')})\\s*[:：]\\s*(\\d{1,2})\\s*[-./／月]\\s*(\\d{1,2})(?!\\d)\\s*日?`)
const SOURCE = new RegExp(`(?<![\\u4e00-\\u9fff])(?:${alternation('source-labels')})\\s*[:：]?\\s*《?([^\\s《》:：]{2,20})》?`)
const EDITOR_LINE = new RegExp(`^(?:(?:${alternation('editor-roles')})\\s*[:：]?\\s*(?:[\\u4e00-\\u9fff·]{2,4}(?:[\\s、,，]+[\\u4e00-\\u9fff·]{2,4})*|[\\u4e00-\\u9fff](?:\\s[\\u4e00-\\u9fff])+)?\\s*[/／|｜]?\\s*)+$`)
const DATE_LABEL_FIRST = new RegExp(`^(?:${DATE_LABELS.join('|')})\\s*[:：]`)
const DATETIME_FIRST = /^(?:19|20)\d{2}\s*[-./年]\s*\d{1,2}\s*[-./月]\s*\d{1,2}\s*日?\s*\d{1,2}\s*[:：]\s*\d{2}/
/** Any short label and its value: 类别:国内, 发布时间:2023-09-29 06:49:00. */
const ANY_LABELLED_VALUE = /[\u4e00-\u9fff]{2,5}\s*[:：]\s*(?:(?:19|20)\d{2}[-./]\d{1,2}[-./]\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?|[^\s:：]{0,20})/g

// Lines of the site's own
const BREADCRUMB = /^[◇◆●■□▲►•·]?\s*(?:当前位置|您当前的位置|您的位置|你的位置|您现在的位置|所在位置|当前页面)\s*[:：]/
const PREV_NEXT = /^(?:上一篇|下一篇|上一条|下一条|上篇|下篇)\s*[:：]/
const APP_PROMO = /(?:下载|打开|扫码|扫描|关注|安装).{0,14}(?:客户端|APP|App|app|公众号|视频号)/
/** A reader's tail led by the paper's name, its page's name and a five-digit page number. */
const PAGE_TAIL = /^([\u4e00-\u9fff]{2,10}报)\s+[\u4e00-\u9fff·]{1,16}\s+\d{5}(?:\s|$)/
/** 《某某日报》(2024年02月07日 02版): how a reprint cites its paper. */
const CITATION = /^《([^《》]{2,12})》\s*[（(][^（）()]{6,24}[）)]$/
const EPAPER_TAIL = /^\s*(?:19|20)\d{2}-\d{2}-\d{2}\b.*(?:\.html?|-->|content_\d)/
const PAGE_LINE = /^(?:(?:版面|当前版)\s*[:：]\s*)?(?:([\u4e00-\u9fff]{2,8}报)\s*)?第?\s*([A-Za-z]?\s*\d{1,5})\s*版(?:\s*[:：]?\s*([\u4e00-\u9fff·]{2,12}(?: [\u4e00-\u9fff·]{2,12})?))?$/
/** A page named by letter and number alone: A05:焦点. */
const LETTERED_PAGE = /^([A-Z]\d{1,2})\s*[:：]\s*([\u4e00-\u9fff·]{2,12})$/
/** An e-paper reader's own masthead: 浙江日报 数字报纸, 嘉兴日报电子版. */
const READER_MASTHEAD = /^([\u4e00-\u9fff]{2,10}报)\s*(?:数字报纸?|电子报|电子版|数字版)$/
/** A breadcrumb without its label: > 部门动态, 首页 > 新闻中心 > 嘉兴新闻. */
const BARE_BREADCRUMB = /^(?:[^，。；！？>＞]{0,10}\s*[>＞»]\s*)+[^，。；！？>＞]{1,12}$/
/** What names a publication among source values: a title in 《》 or a medium's word. */
const MEDIUM = /(?:报|刊|网|在线|新闻|电视台|广播|电台|客户端|融媒|传媒|媒体中心|杂志|号)$/
/** A label and its value (来源：嘉兴日报, 浏览次数：123, 转自《嘉兴日报》). */
const NOT_A_LABEL = `(?!(?:${alternation('stamp-labels')}|${alternation('source-labels')})\\s*[:：])`
/** A label's value: up to a space, a colon or the next label glued to it (来源:某台收集编辑:某台). */
const VALUE = `(?:${NOT_A_LABEL}[^\\s:：]){0,20}`
const LABELLED_VALUE = new RegExp(`(?:${alternation('stamp-labels')})\\s*[:：]\\s*${VALUE}|(?:${alternation('source-labels')})\\s*[:：]?\\s*《[^《》]{1,20}》|(?:${alternation('source-labels')})\\s*[:：]\\s*${VALUE}`, 'g')
/** Links an e-paper reader prints after its page line: 上一篇 下一篇. */
const TRAILING_CHROME = /(?:\s+(?:上一篇|下一篇|上一版|下一版|上一期|下一期|返回目录))+$/
/** A reader's list of a page's stories, each cut short with ~~~ or … and a mark. */
const LIST_ITEM = /^[^。！？]{4,60}(?:~{2,}|～{2,})$/
const CONTACT = /^[•·\-–]?\s*(?:[\u4e00-\u9fff]{1,6}\s*[:：]\s*)?(?:(?!(?:19|20)\d{2}\s*[-./]\s*\d{1,2}\s*[-./]\s*\d{1,2}(?:\s|$))\+?\d[\d\s\-()（）]{6,}\d|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?:https?:\/\/|www\.)\S+)$/
const IMAGE_PLACEHOLDER = /^!\[[^\]]*\]\([^)]*\)\s*[|｜]?$|^[[【(（]?(?:图片|图|视频)[\]】)）]?$/
const WEEKDAY = /^(?:星期|周|礼拜)[一二三四五六日天]$/
// (a reader's list of the page's stories, printed before the story: 本版列表新闻)
const ARTICLE_END = new RegExp(`^(?:${alternation('article-end')})\\s*[:：]?$`)
const FOOTER = new RegExp(alternation('footer-words'))
const CHROME_WORDS = new RegExp(alternation('chrome-words'), 'g')
/** (a one-character chrome word, 大 中 小, says nothing alone: 俞中岳 is a name) */
const HAS_CHROME_WORD = new RegExp(words('chrome-words').filter((w) => w.length > 1).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'))

/** The date of a numeric stamp, if it names a real day. */
function stampDate(y: string, m: string, d: string): string | null {
  const mm = +m
  const dd = +d
  if (mm < 1 || mm > 12 || dd < 1 || dd > new Date(Date.UTC(+y, mm, 0)).getUTCDate()) return null
  return `${y}-${pad(m)}-${pad(d)}`
}

/** What is left of a line once stamps, labels with their values, chrome words, numbers and marks are taken out. */
function residue(line: string): string {
  return line
    .replace(LABELLED_VALUE, ' ')
    .replace(NUMERIC_DATE, ' ')
    .replace(CHROME_WORDS, ' ')
    .replace(/(?:星期|周)[一二三四五六日天]?/g, ' ')
    .replace(/[\x00-\x7f]+/g, ' ')
    .replace(/[\s\p{P}\p{S}\d０-９]+/gu, '')
}

/** The site's own name printed after its stamp (2020-04-18 15:24:48 某某集团有限公司 浏览次数 2167). */
function siteName(t: string): string | null {
  const rest = t.replace(NUMERIC_DATE, ' ').replace(LABELLED_VALUE, ' ').replace(new RegExp(HAS_CHROME_WORD.source, 'g'), ' ').replace(/[\x00-\x7f]+/g, ' ').trim()
  return /^[\u4e00-\u9fff（）()]{4,24}$/.test(rest) ? rest : null
}

/** Every stamp a line prints: full dates, and yearless ones after a date label. */
export function readStamps(line: string): StampDate[] {
  const out: StampDate[] = []
  const labelled = HAS_LABEL.test(line)
  for (const m of line.matchAll(NUMERIC_DATE)) {
    const value = stampDate(m[1]!, m[2]!, m[3]!)
    if (value) out.push({ value, text: m[0].trim(), labelled })
  }
  if (out.length === 0) {
    const y = line.match(YEARLESS)
    if (y && +y[1]! >= 1 && +y[1]! <= 12 && +y[2]! >= 1 && +y[2]! <= 31) out.push({ value: `--${pad(y[1]!)}-${pad(y[2]!)}`, text: y[0], labelled: true })
  }
  return out
}

const furniture = (kind: FurnitureKind, reason: string, more: Partial<Furniture> = {}): Furniture => ({
  kind,
  stamps: [],
  publication: null,
  section: null,
  reason,
  ...more,
})

/**
 * What a line of page furniture is, or null for a line of text. `t` is the line with
 * its whitespace normalised.
 */
export function readFurniture(line: string): Furniture | null {
  if (visibleLength(line) > 120) return null
  // `编 辑 | 甲`, `来 源 | 县传媒中心`: a label set apart by a bar reads as one with a colon
  const t = closeLetterSpacing(line).replace(LABEL_BAR, '$1：').replace(LABEL_SPACED, '$1$2：')
  let m0: RegExpMatchArray | null
  if (EPAPER_TAIL.test(t)) {
    const paper = t.match(/[\u4e00-\u9fff]{2,8}报(?:[\u4e00-\u9fff]{1,4}版)?/)?.[0] ?? null
    return furniture('stamp', 'the e-paper’s tail line: its issue date, page and file names', { stamps: readStamps(t).slice(0, 1).map((s) => ({ ...s, labelled: true })), publication: paper, publicationEvidence: 'tail' })
  }
  if ((m0 = t.match(PAGE_TAIL))) {
    // a reader's tail led by the paper, its page name and number (某某日报 要闻 00002 … 2022-07-14 …)
    return furniture('stamp', 'the e-paper’s tail line: the paper, its page, the issue date', { stamps: readStamps(t).slice(0, 1).map((s) => ({ ...s, labelled: true })), publication: m0[1]!, publicationEvidence: 'tail' })
  }
  if ((m0 = t.match(CITATION))) {
    const stamps = readStamps(t).map((s) => ({ ...s, labelled: true }))
    if (stamps.length) return furniture('stamp', 'a citation of the paper, its date and page: 《某报》(2024年02月07日 02版)', { stamps, publication: m0[1]!, publicationEvidence: 'source-paper' })
  }
  if (CONTACT.test(t)) return furniture('chrome', 'a phone number, an address for mail or the web: the site’s contact')
  if (IMAGE_PLACEHOLDER.test(t)) return furniture('chrome', 'where the page showed a picture')
  if (WEEKDAY.test(t)) return furniture('chrome', 'the reader’s weekday')
  if (ARTICLE_END.test(t)) return furniture('chrome', 'the site’s list or notice after the story: the story is over', { endsStory: true })
  if (visibleLength(t) <= 60 && FOOTER.test(t) && !/[。！？]$/.test(t)) return furniture('chrome', 'the site’s footer: contact, copyright, licence')
  let m: RegExpMatchArray | null
  if ((m = t.match(READER_MASTHEAD))) return furniture('source-line', 'the e-paper reader’s masthead: the paper’s name', { publication: m[1]!, publicationEvidence: 'paper-name' })
  if (BARE_BREADCRUMB.test(t)) return furniture('chrome', 'the site’s breadcrumb: where the page sits, not text', { navigation: true })
  if ((m = t.replace(TRAILING_CHROME, '').match(PAGE_LINE))) {
    return furniture('page-line', 'a page line: the paper’s page number and name', { publication: m[1] ?? null, section: m[3] ?? null, publicationEvidence: 'page-line' })
  }
  if ((m = t.match(LETTERED_PAGE))) return furniture('page-line', 'a page line: the page’s letter, number and name', { section: m[2]!, publicationEvidence: 'page-line' })
  if (LIST_ITEM.test(t)) return furniture('chrome', 'an item of the reader’s list of the page’s stories, cut short')
  if (BREADCRUMB.test(t)) return furniture('chrome', 'the site’s breadcrumb: where the page sits, not text', { navigation: true })
  if (PREV_NEXT.test(t)) return furniture('chrome', 'a link to the previous or next article')
  if (visibleLength(t) <= 40 && APP_PROMO.test(t) && !/[。！？]$/.test(t)) return furniture('chrome', 'an invitation to an app or an account')
  if (EDITOR_LINE.test(t)) return furniture('editor', 'who edited or checked the page: not a byline', { credits: true })
  // the writers a stamp or source line credits (来源：嘉兴日报 记者 甲), read apart from its labels
  const credit = creditOf(t)
  const plain = credit ? t.replace(credit.text, ' ') : t
  const stamps = readStamps(plain)
  const source = plain.match(SOURCE)
  const rest = residue(plain)
  const bylines = credit?.bylines
  const hasLabel = HAS_LABEL.test(t)
  if (stamps.length > 0 && visibleLength(rest) <= 2) {
    // a date in 年月日 alone is a masthead or a sign-off; the date stage reads those
    if (!hasLabel && CHINESE_DATE_ONLY.test(t.trim())) return null
    return furniture('stamp', 'a publication stamp: the date the page was published', { stamps, bylines, ...sourceOf(source, t) })
  }
  // a line led by a date label or a date-time, and no sentence: the site's stamp, whatever
  // else it carries (发布开发区：…; the site's own name; a counter)
  if (stamps.length > 0 && visibleLength(t) <= 80 && !/[。！？；]/.test(t) && (DATE_LABEL_FIRST.test(t) || DATETIME_FIRST.test(t))) {
    const site = DATETIME_FIRST.test(t) && !source ? siteName(plain) : null
    return furniture('stamp', 'a publication stamp: the date the page was published, with the site’s labels', { stamps, bylines, ...(site ? { publication: site, publicationEvidence: 'source' as const } : sourceOf(source, t)) })
  }
  // a line of labels and their values only (类别:国内 发布时间:… 来源:…), one of them a date: the site's stamp
  if (stamps.length > 0 && visibleLength(t) <= 80 && visibleLength(plain.replace(ANY_LABELLED_VALUE, '').replace(/[\s\p{P}\p{S}]+/gu, '')) === 0) {
    return furniture('stamp', 'a publication stamp among the site’s labels', { stamps, bylines, ...sourceOf(source, t) })
  }
  if (source && visibleLength(rest) <= 2) {
    return furniture('source-line', 'a source line: where the text was first published', { stamps, bylines, ...sourceOf(source, t), credits: EDITOR_LABEL.test(t) })
  }
  if (/^作者\s*[:：]\s*$/.test(t)) return furniture('chrome', 'an author label with no name')
  // a line of credits and nothing else is a byline, read as one by the classifier (作者： lines here)
  if (credit && stamps.length === 0 && !source && visibleLength(rest) === 0) return /^作者/.test(t) ? furniture('source-line', 'an author line', { bylines }) : null
  if (stamps.length === 0 && !source && !credit && isMenu(t)) return furniture('chrome', 'the site’s menu: a row of short links', { navigation: true })
  if (visibleLength(rest) === 0 && (hasLabel || HAS_CHROME_WORD.test(t))) return furniture('chrome', 'page tools and counters (字号, 打印, 浏览次数 …)')
  return null
}

const CN_DIGIT = '〇一二三四五六七八九'
/** 二〇二四 → 2024; 十二 → 12; 二十八 → 28 */
function chineseNumeral(t: string): number | null {
  if (/^[〇零一二三四五六七八九]{4}$/.test(t)) return +[...t].map((c) => (c === '零' ? 0 : CN_DIGIT.indexOf(c))).join('')
  const m = t.match(/^([一二三])?(十)?([一二三四五六七八九])?$/)
  if (!m || t === '') return null
  if (!m[2]) return m[1] || !m[3] ? null : CN_DIGIT.indexOf(m[3])
  return (m[1] ? CN_DIGIT.indexOf(m[1]) : 1) * 10 + (m[3] ? CN_DIGIT.indexOf(m[3]) : 0)
}

/**
 * A line that is a date and nothing else, however printed: 2024年6月28日, 20240628,
 * 二〇二四年六月二十八日. At the end of a text it is the date the document is signed with.
 */
export function dateAlone(t: string): StampDate | null {
  const s = t.replace(/\s+/g, '')
  let m = s.match(/^((?:19|20)\d{2})年(\d{1,2})月(\d{1,2})日$/) ?? s.match(/^((?:19|20)\d{2})(\d{2})(\d{2})$/)
  let ymd: [string, string, string] | null = m ? [m[1]!, m[2]!, m[3]!] : null
  if (!ymd && (m = s.match(/^([〇零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,2})月([一二三四五六七八九十]{1,3})日$/))) {
    const [y, mo, d] = [chineseNumeral(m[1]!), chineseNumeral(m[2]!), chineseNumeral(m[3]!)]
    if (y && mo && d) ymd = [String(y), String(mo), String(d)]
  }
  const value = ymd ? stampDate(...ymd) : null
  return value ? { value, text: t, labelled: false } : null
}

/** The sign-off furniture of a date-alone line at a text's end. */
export const signOff = (stamp: StampDate): Furniture => furniture('stamp', 'the date the document is signed with, at its end', { stamps: [stamp], signOff: true })

/** `首 页`, `图 片`, `相 关 稿 件`: a word set with spaces between its characters reads as the word. */
export function closeLetterSpacing(t: string): string {
  return t.replace(/(?<![\u4e00-\u9fff])[\u4e00-\u9fff](?: [\u4e00-\u9fff](?![\u4e00-\u9fff]))+/g, (m) => m.replace(/ /g, ''))
}

/**
 * A menu: four or more short links in a row (首页 热点 人文 教育 …), or links set
 * between bars (首页 | 新闻中心 |). Never a byline, whose names are as short.
 */
function isMenu(t: string): boolean {
  if (/[，。；！？,;!?:：]/.test(t)) return false
  const bars = (t.match(/[|｜]/g) ?? []).length
  const items = t.split(/\s*[|｜]\s*|\s+/).filter(Boolean)
  // (most links are a word or two; a site's name may run longer)
  const short = items.filter((x) => visibleLength(x) <= 4).length >= items.length * 0.6 && items.every((x) => visibleLength(x) <= 8)
  if (!(bars >= 2 || (items.length >= 4 && short))) return false
  return parseBylineLine(t) === null
}

const CREDIT_AT = new RegExp(`(?:作者\\s*[:：]\\s*)?((?:[\\u4e00-\\u9fffA-Za-z]{0,8}?)(?:${alternation('byline-roles')})\\s*[/／:：]?\\s*[\\u4e00-\\u9fff].*?)(?=\\s+(?:${alternation('stamp-labels')})\\s*[:：]|$)`)
const AUTHOR_VALUE = /作者\s*[:：]\s*([^:：]+?)(?=\s+[\u4e00-\u9fff]{2,4}\s*[:：]|$)/

/** The writers a stamp or source line credits, and the text that credits them. */
function creditOf(t: string): { text: string; bylines: Byline[] } | null {
  const author = t.match(AUTHOR_VALUE)
  if (author) {
    // 作者：记者 甲, or 作者：甲 with no role printed
    const parsed = parseBylineLine(author[1]!.trim())?.bylines ?? parseNamesOnly(author[1]!.trim())
    if (parsed) return { text: author[0], bylines: parsed }
  }
  // a role word somewhere after the stamp or the source: try from each one to the end (or the next label)
  for (let i = 0; i < t.length; i++) {
    if (i > 0 && !/[\s:：》)）\]]/.test(t[i - 1]!)) continue
    const m = t.slice(i).match(CREDIT_AT)
    if (!m || m.index !== 0) continue
    const parsed = parseBylineLine(m[1]!.trim())
    if (parsed) return { text: m[0], bylines: parsed.bylines }
  }
  return null
}

/** The publication a source or stamp line names, with how strongly. */
function sourceOf(source: RegExpMatchArray | null, t: string): Pick<Furniture, 'publication' | 'publicationEvidence'> {
  if (!source) return { publication: null }
  const name = source[1]!.replace(/[《》]/g, '')
  // a department or a body that supplied the text (信息来源：市发改委) is no publication
  if (!/报纸名称/.test(t) && !source[0].includes('《') && !MEDIUM.test(name.replace(/·.*$/, ''))) return { publication: null }
  const evidence: PublicationEvidence = /报纸名称/.test(t) ? 'paper-name' : /(?:报|刊|晚报|日报)(?:·[\u4e00-\u9fff]+)?$/.test(name) ? 'source-paper' : 'source'
  return { publication: name, publicationEvidence: evidence }
}
