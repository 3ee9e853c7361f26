// The one place pages read the collections from. Sorting rules live here so that
// every page lists sources and stories in the same order.
import { getCollection, getEntry, type CollectionEntry } from 'astro:content'
import { formatDateValue } from './dates.ts'
import { sourceKindLabel } from './labels.ts'

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
