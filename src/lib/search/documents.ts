// Everything the archive holds, as search documents: one small function per kind of
// thing, each from the open-data shape of SPEC §5 (what src/lib/export.ts builds), so the
// search indexes exactly what the archive publishes. Lists come out in a stable order
// that doubles as the tie-break: newest stories first, most-mentioned entities first.

import { formatDateValue } from '../dates.ts'
import type { SearchDocument } from './types.ts'

interface DateObject {
  value: string
  end: string | null
  inferred: boolean
}
interface Ref {
  collection: string
  id: string
}
interface Mention {
  article: string
  block: string
}

export interface ArchiveSource {
  id: string
  publication: string | null
  kind: string
  date: DateObject | null
}
export interface ArchiveArticle {
  id: string
  url: string
  source: string
  order: number
  title: string
  subtitle: string | null
  section: string | null
  kind: string
  date: DateObject | null
  blocks: { id: string; type: string; text: string }[]
}
export interface ArchiveEnterprise {
  id: string
  url: string
  name: string
  aliases: string[]
  kind: string
  parent: string | null
  mentions: Mention[]
}
export interface ArchiveProject {
  id: string
  url: string
  name: string
  aliases: string[]
  owner: string | null
  location: string | null
  status: string | null
  mentions: Mention[]
}
export interface ArchiveMetric {
  id: string
  label: string | null
  subject: Ref | null
  subjectText: string | null
  value: number
  unit: string
  period: string | null
  article: string
  block: string
  quote: string
}
export interface ArchiveEvent {
  id: string
  url: string
  title: string
  type: string
  date: DateObject | null
  participants: Ref[]
  article: string
  block: string
  quote: string
}

/** The open data export (SPEC §5); entity lists may be missing while they are not extracted. */
export interface Archive {
  sources: ArchiveSource[]
  articles: ArchiveArticle[]
  enterprises?: ArchiveEnterprise[]
  projects?: ArchiveProject[]
  metrics?: ArchiveMetric[]
  events?: ArchiveEvent[]
}

const SOURCE_KINDS: Record<string, string> = {
  feature: '专题报道',
  magazine: '杂志专题',
  newsletter: '企业内刊',
  'front-page': '报纸头版',
}

const dateText = (d: DateObject | null) => (d ? `${d.inferred ? '约' : ''}${formatDateValue(d.value, d.end)}` : '')
const line = (...parts: (string | null | undefined)[]) => parts.filter(Boolean).join(' · ')
const present = (xs: (string | null | undefined)[]) => xs.filter((x): x is string => !!x && x.trim() !== '')
const blockUrl = (article: ArchiveArticle | undefined, block: string) => `${article?.url ?? ''}#${block}`

/** The story a fact comes from, named briefly: the meta line of every figure repeats it. */
const storyName = (article: ArchiveArticle | undefined) => {
  if (!article) return null
  const chars = [...article.title]
  return `《${chars.length > 16 ? `${chars.slice(0, 15).join('')}…` : article.title}》`
}

/**
 * A fact's quote cut to the part around what it states: the whole sentence is in the
 * story (which the same words find), so repeating it would only cost the reader bytes.
 */
export function quoteAround(quote: string, focus: string, width = 48): string {
  const chars = [...quote]
  if (chars.length <= width) return quote
  const at = Math.max(0, [...quote.slice(0, Math.max(0, quote.indexOf(focus)))].length)
  const start = Math.max(0, Math.min(at - Math.floor(width / 3), chars.length - width))
  return chars.slice(start, start + width).join('')
}

export interface DocumentOptions {
  /** what the site calls each kind of enterprise (企业集团, 政府部门 …) */
  enterpriseKinds?: Record<string, string>
}

/** Lookups the documents of one kind need from the others. */
export interface Context extends DocumentOptions {
  sources: Map<string, ArchiveSource>
  articles: Map<string, ArchiveArticle>
  /** enterprise and project names by `${collection}/${id}` */
  names: Map<string, string>
}

export function articleDocument(a: ArchiveArticle, cx: Context): SearchDocument {
  const source = cx.sources.get(a.source)
  const publication = source ? (source.publication ?? SOURCE_KINDS[source.kind] ?? null) : null
  return {
    type: 'article',
    id: a.id,
    url: a.url,
    title: a.title,
    aliases: [],
    context: present([a.subtitle, a.section]),
    meta: line(publication, dateText(a.date ?? source?.date ?? null)),
    text: a.blocks.map((b) => b.text).join('\n'),
  }
}

export function enterpriseDocument(e: ArchiveEnterprise, cx: Context): SearchDocument {
  const parent = e.parent ? cx.names.get(`enterprises/${e.parent}`) : null
  return {
    type: 'enterprise',
    id: e.id,
    url: e.url,
    title: e.name,
    aliases: present(e.aliases.filter((x) => x !== e.name)),
    context: present([parent]),
    meta: line(cx.enterpriseKinds?.[e.kind], parent ? `隶属${parent}` : null, `提及${e.mentions.length}次`),
    text: '',
  }
}

export function projectDocument(p: ArchiveProject, cx: Context): SearchDocument {
  const owner = p.owner ? cx.names.get(`enterprises/${p.owner}`) : null
  return {
    type: 'project',
    id: p.id,
    url: p.url,
    title: p.name,
    aliases: present(p.aliases.filter((x) => x !== p.name)),
    context: present([owner, p.location]),
    meta: line(owner, p.location, p.status, `提及${p.mentions.length}次`),
    text: '',
  }
}

export function metricDocument(m: ArchiveMetric, cx: Context): SearchDocument {
  const article = cx.articles.get(m.article)
  const subject = m.subject ? (cx.names.get(`${m.subject.collection}/${m.subject.id}`) ?? null) : m.subjectText
  return {
    type: 'metric',
    id: m.id,
    url: blockUrl(article, m.block),
    // Found by its number; its label names it only as much as a related name does, so a
    // figure labelled 地理标志产品 does not outrank the story headlined with it.
    title: `${m.value}${m.unit}`,
    display: [m.label ?? subject, `${m.value}${m.unit}`].filter(Boolean).join(' '),
    aliases: [],
    context: present([m.label, subject, m.period]),
    meta: line(subject, m.period, storyName(article)),
    text: quoteAround(m.quote, String(m.value)),
  }
}

export function eventDocument(e: ArchiveEvent, cx: Context): SearchDocument {
  const article = cx.articles.get(e.article)
  const participants = present(e.participants.map((r) => cx.names.get(`${r.collection}/${r.id}`)))
  return {
    type: 'event',
    id: e.id,
    url: blockUrl(article, e.block),
    title: e.title,
    aliases: [],
    context: participants,
    meta: line(dateText(e.date), storyName(article)),
    text: quoteAround(e.quote, e.title.slice(0, 2)),
  }
}

const newestFirst = (a: DateObject | null, b: DateObject | null) => (b?.value ?? '').localeCompare(a?.value ?? '')

export function searchDocuments(archive: Archive, options: DocumentOptions = {}): SearchDocument[] {
  const cx: Context = {
    ...options,
    sources: new Map(archive.sources.map((s) => [s.id, s])),
    articles: new Map(archive.articles.map((a) => [a.id, a])),
    names: new Map([
      ...(archive.enterprises ?? []).map((e): [string, string] => [`enterprises/${e.id}`, e.name]),
      ...(archive.projects ?? []).map((p): [string, string] => [`projects/${p.id}`, p.name]),
    ]),
  }
  const articleDate = (a: ArchiveArticle) => a.date ?? cx.sources.get(a.source)?.date ?? null
  const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  const byMentions = (a: { mentions: Mention[]; id: string }, b: { mentions: Mention[]; id: string }) =>
    b.mentions.length - a.mentions.length || byId(a, b)
  const articles = [...archive.articles].sort((a, b) => newestFirst(articleDate(a), articleDate(b)) || byId(a, b))
  const order = new Map(articles.map((a, i) => [a.id, i]))
  const inArticleOrder = (a: { article: string; id: string }, b: { article: string; id: string }) =>
    (order.get(a.article) ?? 0) - (order.get(b.article) ?? 0) || byId(a, b)
  return [
    ...articles.map((a) => articleDocument(a, cx)),
    ...[...(archive.enterprises ?? [])].sort(byMentions).map((e) => enterpriseDocument(e, cx)),
    ...[...(archive.projects ?? [])].sort(byMentions).map((p) => projectDocument(p, cx)),
    ...[...(archive.metrics ?? [])].sort(inArticleOrder).map((m) => metricDocument(m, cx)),
    ...[...(archive.events ?? [])].sort((a, b) => newestFirst(a.date, b.date) || byId(a, b)).map((e) => eventDocument(e, cx)),
  ]
}
