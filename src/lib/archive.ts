// The one place pages read the collections from. Sorting rules live here so that
// every page lists sources and stories in the same order.
import { getCollection, getEntry, type CollectionEntry } from 'astro:content'
import { collectAuthors, type Author } from './authors.ts'
import { formatDateValue } from './dates.ts'
import { sourceKindLabel } from './labels.ts'
import { enterpriseUrl, projectUrl } from './urls.ts'

export type Source = CollectionEntry<'sources'>
export type Article = CollectionEntry<'articles'>
export type Enterprise = CollectionEntry<'enterprises'>
export type Project = CollectionEntry<'projects'>
export type Metric = CollectionEntry<'metrics'>
export type ArchiveEvent = CollectionEntry<'events'>

const byEntryId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
export const getEnterprises = async (): Promise<Enterprise[]> => (await getCollection('enterprises')).sort(byEntryId)
export const getProjects = async (): Promise<Project[]> => (await getCollection('projects')).sort(byEntryId)
export const getMetrics = async (): Promise<Metric[]> => (await getCollection('metrics')).sort(byEntryId)
/** Events oldest first, then by id. */
export const getEvents = async (): Promise<ArchiveEvent[]> =>
  (await getCollection('events')).sort((a, b) => (a.data.date.value < b.data.date.value ? -1 : a.data.date.value > b.data.date.value ? 1 : byEntryId(a, b)))

/** Newest first by date value (undated last), then by file name. */
export function compareSources(a: Source, b: Source): number {
  const da = a.data.date?.value ?? ''
  const db = b.data.date?.value ?? ''
  if (da !== db) return da < db ? 1 : -1
  return a.data.file.localeCompare(b.data.file)
}

export async function getSources(): Promise<Source[]> {
  return (await getCollection('sources')).sort(compareSources)
}

export async function getSource(id: string): Promise<Source> {
  const source = await getEntry('sources', id)
  if (!source) throw new Error(`unknown source ${id}`)
  return source
}

/** A source's articles in printed order. */
export async function getArticles(sourceId: string): Promise<Article[]> {
  return (await getCollection('articles', (a) => a.data.source.id === sourceId)).sort(
    (a, b) => a.data.order - b.data.order,
  )
}

export async function getAllArticles(): Promise<Article[]> {
  return await getCollection('articles')
}

export interface Neighbours {
  prev: Article | null
  next: Article | null
}

/** The stories printed before and after this one in the same source. */
export async function getNeighbours(article: Article): Promise<Neighbours> {
  const siblings = await getArticles(article.data.source.id)
  const i = siblings.findIndex((a) => a.id === article.id)
  return { prev: siblings[i - 1] ?? null, next: siblings[i + 1] ?? null }
}

/** What a source is called: its publication, or its layout when none is printed. */
export const sourceTitle = (source: Source) =>
  source.data.publication ?? sourceKindLabel[source.data.kind] ?? source.data.kind

/** Title and short date for headings and links: '南湖晚报 · 约2024年11月'. */
export function sourceName(source: Source): string {
  const date = source.data.date
  if (!date) return sourceTitle(source)
  return `${sourceTitle(source)} · ${date.inferred ? '约' : ''}${formatDateValue(date.value, date.end)}`
}

const dateValue = (a: Article) => a.data.date?.value ?? ''

/** Oldest first by date value, then as printed (source file, order): a calendar's order. */
export function compareArticlesByDate(a: Article, b: Article): number {
  const da = dateValue(a)
  const db = dateValue(b)
  if (da !== db) return da < db ? -1 : 1
  if (a.data.source.id !== b.data.source.id) return a.data.source.id < b.data.source.id ? -1 : 1
  return a.data.order - b.data.order
}

/** All stories in calendar order (undated ones first; the by-date pages set them apart). */
export async function getArticlesByDate(): Promise<Article[]> {
  return (await getAllArticles()).sort(compareArticlesByDate)
}

/** The newest stories: latest date first, each source's stories in printed order. */
export async function getLatestArticles(count: number): Promise<Article[]> {
  const dated = (await getAllArticles()).filter((a) => a.data.date)
  return dated
    .sort((a, b) => {
      const da = dateValue(a)
      const db = dateValue(b)
      return da !== db ? (da < db ? 1 : -1) : compareArticlesByDate(a, b)
    })
    .slice(0, count)
}

export interface SourceGroup {
  source: Source
  articles: Article[]
}

/** Runs of stories from one source, in the order given: a month's issues. */
export async function groupBySource(articles: Article[]): Promise<SourceGroup[]> {
  const groups: SourceGroup[] = []
  for (const article of articles) {
    const last = groups.at(-1)
    if (last && last.source.id === article.data.source.id) last.articles.push(article)
    else groups.push({ source: await getSource(article.data.source.id), articles: [article] })
  }
  return groups
}

export interface ArchiveStats {
  sources: number
  articles: number
  /** Named publications, with how many sources each; unnamed sources are left out. */
  publications: { name: string; sources: number }[]
  /** Sources per layout kind. */
  kinds: { kind: string; sources: number }[]
  /** Earliest and latest date value of any source. */
  span: { first: string; last: string } | null
  /** Extracted entities: enterprises (government bodies left out), projects, figures, events. */
  enterprises: number
  projects: number
  metrics: number
  events: number
}

export async function getArchiveStats(): Promise<ArchiveStats> {
  const sources = await getSources()
  const articles = await getAllArticles()
  const count = (keys: (string | null)[]) => {
    const counts = new Map<string, number>()
    for (const key of keys) if (key) counts.set(key, (counts.get(key) ?? 0) + 1)
    return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
  }
  const dates = sources.map((s) => s.data.date?.value).filter((v): v is string => !!v).sort()
  return {
    sources: sources.length,
    articles: articles.length,
    publications: count(sources.map((s) => s.data.publication)).map(([name, n]) => ({ name, sources: n })),
    kinds: count(sources.map((s) => s.data.kind)).map(([kind, n]) => ({ kind, sources: n })),
    span: dates.length ? { first: dates[0]!, last: dates.at(-1)! } : null,
    enterprises: (await getEnterprises()).filter((e) => e.data.kind !== 'government').length,
    projects: (await getProjects()).length,
    metrics: (await getMetrics()).length,
    events: (await getEvents()).length,
  }
}

export interface MentionCount {
  name: string
  url: string
  mentions: number
}

/**
 * The entities the archive mentions most, most first (then by name), for the home
 * page. Government bodies are not enterprises (SPEC §2) and are left out.
 */
export async function getMostMentioned(count: number): Promise<{ enterprises: MentionCount[]; projects: MentionCount[] }> {
  const top = <T extends { id: string; data: { name: string; mentions: unknown[] } }>(entries: T[], url: (id: string) => string) =>
    entries
      .map((e) => ({ name: e.data.name, url: url(e.id), mentions: e.data.mentions.length }))
      .sort((a, b) => b.mentions - a.mentions || a.name.localeCompare(b.name, 'zh'))
      .slice(0, count)
  return {
    enterprises: top((await getEnterprises()).filter((e) => e.data.kind !== 'government'), enterpriseUrl),
    projects: top(await getProjects(), projectUrl),
  }
}

/** Names of the enterprises and projects by 'enterprises/<id>' and 'projects/<id>'. */
export async function getEntityNames(): Promise<Map<string, string>> {
  return new Map([
    ...(await getEnterprises()).map((e) => [`enterprises/${e.id}`, e.data.name] as const),
    ...(await getProjects()).map((p) => [`projects/${p.id}`, p.data.name] as const),
  ])
}

let authorsOnce: Promise<Author[]> | null = null
/** Everyone the bylines credit, most credited first; prepared once per build. */
export const getAuthors = (): Promise<Author[]> =>
  (authorsOnce ??= (async () => collectAuthors((await getAllArticles()).map((a) => ({ id: a.id, bylines: a.data.bylines }))))())

let authorIdsOnce: Promise<Map<string, string>> | null = null
/** A printed name → its author page's id. */
export const getAuthorIds = (): Promise<Map<string, string>> =>
  (authorIdsOnce ??= (async () => new Map((await getAuthors()).map((a) => [a.name, a.id])))())

let organisationsOnce: Promise<Map<string, string>> | null = null
/** An enterprise's name or alias → its page: a newsletter brief's department links there. */
export const getOrganisationUrls = (): Promise<Map<string, string>> =>
  (organisationsOnce ??= (async () => {
    const urls = new Map<string, string>()
    for (const e of await getEnterprises()) for (const n of [e.data.name, ...e.data.aliases]) if (!urls.has(n)) urls.set(n, enterpriseUrl(e.id))
    return urls
  })())
