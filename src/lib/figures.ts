// The figures explorer (/metrics/): how a figure reads (value as written, its
// qualifier, normalised value and unit in Chinese), the keys it is filtered by,
// and which figures are comparable enough to chart: the same subject and the same
// normalised unit (SPEC §2 metrics). Pure functions; the page only renders.
import type { Metric } from './archive.ts'
import { formatDateValue, type DateObject } from './dates.ts'
import { filterKey } from './filters.ts'

export type Qualifier = 'exact' | 'approx' | 'nearly' | 'more-than' | 'at-least' | 'up-to'

export interface EntityRef {
  collection: 'enterprises' | 'projects'
  id: string
}

/** A metric entry, flattened to what the explorer shows. */
export interface Figure {
  id: string
  label: string | null
  subject: EntityRef | null
  subjectText: string | null
  value: number
  written: string
  qualifier: Qualifier
  normalized: { value: number; unit: string }
  period: string | null
  periodDate: DateObject | null
  article: string
  block: string
  quote: string
}

export function toFigure(m: Metric): Figure {
  const d = m.data
  return {
    id: m.id,
    label: d.label,
    subject: d.subject,
    subjectText: d.subjectText,
    value: d.value,
    written: d.written,
    qualifier: d.qualifier,
    normalized: d.normalized,
    period: d.period,
    periodDate: d.periodDate,
    article: d.article.id,
    block: d.block,
    quote: d.quote,
  }
}

/** How each qualifier reads before a number: 约773.95亿元, 超过5000万台. */
export const qualifierLabel: Record<Qualifier, string> = {
  exact: '',
  approx: '约',
  nearly: '近',
  'more-than': '超过',
  'at-least': '不少于',
  'up-to': '最高',
}

// 40多个, 20余台, 约3万: the written form already says it is approximate.
const WRITTEN_QUALIFIER = /[多余]|^[约近超]/

/** The qualifier to print before the written value, unless the written form already carries one. */
export function qualifierPrefix(f: Pick<Figure, 'qualifier' | 'written'>): string {
  return WRITTEN_QUALIFIER.test(f.written) ? '' : qualifierLabel[f.qualifier]
}

/** '超过5000万台', '773.95亿元', '40多个'. */
export const qualifiedValue = (f: Pick<Figure, 'qualifier' | 'written'>) => qualifierPrefix(f) + f.written

// Base units of SPEC §2 in Chinese. 'count' is a plain number of things (家, 名, 个 …).
const UNIT_NAMES: Record<string, string> = {
  CNY: '元',
  USD: '美元',
  EUR: '欧元',
  '%': '%',
  count: '计数',
  t: '吨',
  kg: '千克',
  m: '米',
  'm²': '平方米',
  kWh: '千瓦时',
  W: '瓦',
  year: '年',
  month: '个月',
  day: '天',
  h: '小时',
  min: '分钟',
  pp: '个百分点',
  'm³': '立方米',
  L: '升',
  times: '倍',
  HKD: '港元',
  JPY: '日元',
  GBP: '英镑',
  THB: '泰铢',
  VND: '越南盾',
  KRW: '韩元',
}

/** '元', '计数/小时' (a rate is its parts), or the unit itself when it has no name here. */
export function unitLabel(unit: string): string {
  return unit
    .split('/')
    .map((part) => UNIT_NAMES[part] ?? part)
    .join('/')
}

const numberFormat = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 2 })

/** '77,395,000,000'; fractions (亩 → m²) to two places. */
export const formatNumber = (value: number) => numberFormat.format(value)

/** Filter key of the subject: 'enterprises/<id>', 'projects/<id>', 'text:<subject>' or 'none'. */
export function subjectKey(f: Pick<Figure, 'subject' | 'subjectText'>): string {
  if (f.subject) return `${f.subject.collection}/${f.subject.id}`
  if (f.subjectText) return `text:${filterKey(f.subjectText)}`
  return 'none'
}

/** What the subject key names, given the names of the entities. */
export function subjectLabel(key: string, entityName: (ref: EntityRef) => string | undefined): string {
  if (key === 'none') return '（未注明主体）'
  if (key.startsWith('text:')) return key.slice('text:'.length).replace(/_/g, ' ')
  const [collection, ...rest] = key.split('/')
  const id = rest.join('/')
  return entityName({ collection: collection as EntityRef['collection'], id }) ?? id
}

/** The years a period covers (2024-01…2025-03 → 2024, 2025), the key of the period filter; 'none' without one. */
export function periodYears(date: DateObject | null): string[] {
  if (!date) return ['none']
  const first = Number(date.value.slice(0, 4))
  const last = Number((date.end ?? date.value).slice(0, 4))
  const years: string[] = []
  for (let y = first; y <= Math.max(first, last); y++) years.push(String(y))
  return years
}

export const periodYearLabel = (key: string) => (key === 'none' ? '（未注明时期）' : `${key}年`)

/** The resolved period in Chinese ('2024年1月至9月'), or null when the text gives none. */
export const resolvedPeriod = (date: DateObject | null) => (date ? formatDateValue(date.value, date.end) : null)

const blockNumber = (block: string) => Number(block.replace(/^\D+/, ''))

/** Reading order: by article, then where in the article (b2 before b10), then id. */
export function compareFigures(a: Figure, b: Figure): number {
  if (a.article !== b.article) return a.article < b.article ? -1 : 1
  const d = blockNumber(a.block) - blockNumber(b.block)
  if (d !== 0) return d
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0
}

export interface FigureGroup {
  /** subjectKey of every figure in the group. */
  subject: string
  /** The normalised unit they share. */
  unit: string
  /** Largest first. */
  figures: Figure[]
}

/**
 * Figures that can stand side by side in a chart: two or more with the same
 * subject and the same normalised unit. Figures with no subject are never grouped
 * (two unrelated sums of money are not comparable). Larger groups first.
 */
export function comparableGroups(figures: readonly Figure[]): FigureGroup[] {
  const groups = new Map<string, FigureGroup>()
  for (const f of figures) {
    const subject = subjectKey(f)
    if (subject === 'none') continue
    const key = `${subject}\n${f.normalized.unit}`
    const group = groups.get(key) ?? { subject, unit: f.normalized.unit, figures: [] }
    group.figures.push(f)
    groups.set(key, group)
  }
  return [...groups.values()]
    .filter((g) => g.figures.length >= 2)
    .map((g) => ({ ...g, figures: [...g.figures].sort((a, b) => b.normalized.value - a.normalized.value || compareFigures(a, b)) }))
    .sort((a, b) => b.figures.length - a.figures.length || (a.subject < b.subject ? -1 : a.subject > b.subject ? 1 : a.unit < b.unit ? -1 : 1))
}

export interface Bar {
  id: string
  /** The indicator and, where the text gives one, its period: '交易额（2025年）'. */
  label: string
  /** As written, with its qualifier: '超过1.2万吨'. */
  value: string
  /** Length relative to the largest bar, 0…1. */
  fraction: number
}

export const barLabel = (f: Pick<Figure, 'label' | 'period'>) => `${f.label ?? '未注明指标'}${f.period ? `（${f.period}）` : ''}`

export function chartBars(group: FigureGroup): Bar[] {
  const max = Math.max(0, ...group.figures.map((f) => f.normalized.value))
  return group.figures.map((f) => ({
    id: f.id,
    label: barLabel(f),
    value: qualifiedValue(f),
    fraction: max > 0 ? Math.max(0, f.normalized.value) / max : 0,
  }))
}

/** The chart in words, for readers who cannot see it: '嘉兴市产业集团，计数：机场（全年） 31家；品牌 10家'. */
export function chartSummary(group: FigureGroup, subjectName: string): string {
  return `${subjectName}，${unitLabel(group.unit)}：${chartBars(group).map((b) => `${b.label} ${b.value}`).join('；')}`
}

/** Anchor of a figure's row: its id, made a valid HTML id (ids start with a letter). */
export const figureAnchor = (id: string) => `figure-${id}`

/** The quote split around the first occurrence of the written value, to mark it. */
export function quoteParts(quote: string, written: string): [string, string, string] | null {
  const at = quote.indexOf(written)
  return at < 0 ? null : [quote.slice(0, at), written, quote.slice(at + written.length)]
}
