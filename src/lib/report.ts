// The cleaning report as an editor reads it on a source's page: decisions grouped
// by what they did, each placed in the story (and block) it ended up in, each
// line break of a join shown where it was. Pure functions over the report JSON.
import type { ReportEntry } from './files.ts'

export const ACTION_ORDER = ['join', 'drop', 'infer', 'classify', 'warn'] as const

export const actionLabel: Record<string, string> = {
  join: '接合',
  drop: '删除',
  infer: '推断',
  classify: '归类',
  warn: '警告',
}

/** What each action means, for the heading of its group. */
export const actionHelp: Record<string, string> = {
  join: '排版断开的行重新接成一段或一个标题。',
  drop: '没有进入正文的行：重复段落、版面杂字、不署名的来源注。',
  infer: '原文没有写全的日期，按正文和出版日期推断。',
  classify: '按行的形态认定的版面成分：栏目、署名、图片说明、出版物标记等。',
  warn: '解析中遇到、需要编辑留意的情况。',
}

// Kinds the ingest writes (scripts/ingest), in Chinese; an unknown kind shows as is.
export const entryKindLabel: Record<string, string> = {
  'line-break': '段内断行',
  headline: '标题断行',
  repeat: '重复段落',
  stray: '版面杂字',
  attribution: '署名',
  byline: '作者署名',
  credit: '图片来源',
  caption: '图片说明',
  continuation: '转版提示',
  dateline: '事件日期',
  'publication-date': '出版日期',
  layout: '版式',
  section: '栏目',
  subtitle: '副题',
  kicker: '引题',
  title: '标题',
  'brief-headline': '简讯标题',
  'photo-title': '图片新闻标题',
  'box-title': '专栏标题',
  'md-heading': 'Markdown 标题',
  publication: '出版物标记',
  masthead: '报头',
  fragment: '残段',
  'quote-open': '引语开头',
  'quote-close': '引语结尾',
  encoding: '编码',
  markup: '标记',
  'no-headline': '缺少标题',
  'orphan-furniture': '孤立版面成分',
  'orphan-title': '孤立标题',
  stamp: '发布戳',
  'page-line': '版面行',
  'source-line': '来源行',
  editor: '编辑署名',
  chrome: '网页杂项',
  'reader-date': '阅读器日期',
  'date-candidate': '日期线索',
  rubric: '栏目名',
  dispatch: '电头',
  signature: '落款单位',
  'byline-brand': '署名中的报名',
}

/** The kinds of publication-date candidate (scripts/ingest/publication-date.ts), in Chinese. */
export const candidateKindLabel: Record<string, string> = {
  stamp: '发布戳',
  masthead: '报头',
  'sign-off': '落款日期',
  yearless: '无年份日期',
  title: '标题日期',
  body: '正文推断',
  reader: '阅读器日期',
}

/** What the ingest made of a candidate, from its reason: 采用, 一致 or 未采用. */
export function candidateVerdict(reason: string): string {
  if (reason.startsWith('chosen')) return '采用'
  if (reason.startsWith('agrees')) return '一致'
  return '未采用'
}

export interface EntryGroup {
  action: string
  entries: ReportEntry[]
}

/** Entries grouped by action in ACTION_ORDER (unknown actions last), report order kept. */
export function groupEntries(entries: ReportEntry[]): EntryGroup[] {
  const order = (a: string) => {
    const i = (ACTION_ORDER as readonly string[]).indexOf(a)
    return i < 0 ? ACTION_ORDER.length : i
  }
  const actions = [...new Set(entries.map((e) => e.action as string))].sort((a, b) => order(a) - order(b))
  return actions.map((action) => ({ action, entries: entries.filter((e) => e.action === action) }))
}

/** '第11、13行', '第5—9行' for a run, '' for a whole-document decision. */
export function lineLabel(lines: number[]): string {
  if (lines.length === 0) return ''
  const consecutive = lines.length > 2 && lines.every((n, i) => i === 0 || n === lines[i - 1]! + 1)
  return consecutive ? `第${lines[0]}—${lines.at(-1)}行` : `第${lines.join('、')}行`
}

export interface StoryBlocks {
  id: string
  title: string
  /** First and last raw line of the story. */
  lines: [number, number]
  blocks: { id: string; type: string; lines: number[] }[]
}

export interface Location {
  article: string
  title: string
  /** The block the decision is part of; null for lines outside the body (bylines, drops). */
  block: string | null
  /** Where that block is, as a reader counts: '第3段', '第1个小标题'. */
  place: string | null
}

const COUNTERS: Record<string, [string, string]> = {
  paragraph: ['第', '段'],
  heading: ['第', '个小标题'],
  caption: ['第', '条图片说明'],
  quote: ['第', '段引语'],
  note: ['第', '条附注'],
}

/** '第3段' for the third paragraph (other block types are counted apart). */
export function blockPlace(blocks: { id: string; type: string }[], id: string): string | null {
  const block = blocks.find((b) => b.id === id)
  if (!block) return null
  const ordinal = blocks.filter((b) => b.type === block.type).indexOf(block) + 1
  const [before, after] = COUNTERS[block.type] ?? ['第', '块']
  return `${before}${ordinal}${after}`
}

/** The story, and the block if any, that an entry's raw lines ended up in. */
export function locateEntry(entry: ReportEntry, stories: StoryBlocks[]): Location | null {
  if (entry.lines.length === 0) return null
  for (const line of [...entry.lines].reverse()) {
    for (const story of stories) {
      const block = story.blocks.find((b) => b.lines.includes(line))
      if (block) return { article: story.id, title: story.title, block: block.id, place: blockPlace(story.blocks, block.id) }
    }
  }
  const first = entry.lines[0]!
  const story = stories.find((s) => first >= s.lines[0] && first <= s.lines[1])
  return story ? { article: story.id, title: story.title, block: null, place: null } : null
}

export interface Break {
  before: string
  after: string
  /** True when either side was cut to `context` characters. */
  clipped: boolean
}

/** The text on each side of every line break a join removed, `context` characters each. */
export function joinBreaks(text: string, context = 18): Break[] {
  const parts = text.split('\n')
  const breaks: Break[] = []
  for (let i = 0; i < parts.length - 1; i++) {
    const before = [...parts[i]!]
    const after = [...parts[i + 1]!]
    const clipped = before.length > context || after.length > context
    breaks.push({
      before: (before.length > context ? '…' : '') + before.slice(-context).join(''),
      after: after.slice(0, context).join('') + (after.length > context ? '…' : ''),
      clipped,
    })
  }
  return breaks
}

/** Raw text longer than this goes behind a disclosure; shorter text is shown whole. */
export const SHORT_TEXT = 80

/** Characters of raw text, line breaks not counted. */
export const textLength = (text: string) => [...text.replace(/\n/g, '')].length
