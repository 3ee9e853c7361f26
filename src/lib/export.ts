// SPEC §5 open data: plain objects with keys in the documented order. This is a
// public interface, so the shape is spelled out field by field rather than spread.
import type { ArchiveEvent, Article, Enterprise, Metric, Project, Source } from './archive.ts'
import type { DateObject } from './dates.ts'
import { articlePath, blockPath, enterprisePath, projectPath } from './urls.ts'

const exportDate = (d: DateObject | null) =>
  d && { value: d.value, end: d.end, inferred: d.inferred, evidence: d.evidence }

export function exportSource(s: Source) {
  return {
    id: s.id,
    file: s.data.file,
    publication: s.data.publication,
    kind: s.data.kind,
    date: exportDate(s.data.date),
    articles: s.data.articles.map((ref) => ref.id),
  }
}

export function exportArticle(a: Article) {
  const d = a.data
  return {
    id: a.id,
    url: articlePath(a.id),
    source: d.source.id,
    order: d.order,
    title: d.title,
    subtitle: d.subtitle,
    section: d.section,
    kind: d.kind,
    date: exportDate(d.date),
    dateline: exportDate(d.dateline),
    bylines: d.bylines.map((b) => ({ role: b.role, name: b.name })),
    credit: d.credit,
    continued: d.continued,
    blocks: d.blocks.map((b) => ({ id: b.id, type: b.type, text: b.text })),
  }
}

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)

const exportMention = (m: { article: { id: string }; block: string }) => ({ article: m.article.id, block: m.block })
const exportRef = (r: { collection: 'enterprises' | 'projects'; id: string } | null) => r && { collection: r.collection, id: r.id }

export function exportEnterprise(e: Enterprise) {
  const d = e.data
  return { id: e.id, url: enterprisePath(e.id), name: d.name, aliases: [...d.aliases], kind: d.kind, parent: d.parent?.id ?? null, mentions: d.mentions.map(exportMention) }
}

export function exportProject(p: Project) {
  const d = p.data
  return { id: p.id, url: projectPath(p.id), name: d.name, aliases: [...d.aliases], owner: d.owner?.id ?? null, location: d.location, status: d.status, mentions: d.mentions.map(exportMention) }
}

export function exportMetric(m: Metric) {
  const d = m.data
  return {
    id: m.id,
    label: d.label,
    subject: exportRef(d.subject),
    subjectText: d.subjectText,
    value: d.value,
    unit: d.unit,
    normalized: { value: d.normalized.value, unit: d.normalized.unit },
    qualifier: d.qualifier,
    period: d.period,
    periodDate: exportDate(d.periodDate),
    article: d.article.id,
    block: d.block,
    quote: d.quote,
  }
}

export function exportEvent(e: ArchiveEvent) {
  const d = e.data
  return {
    id: e.id,
    // an event has no page of its own: its url is the quoted block in its article
    url: blockPath(d.article.id, d.block),
    title: d.title,
    type: d.type,
    date: exportDate(d.date),
    participants: d.participants.map((p) => exportRef(p)!),
    article: d.article.id,
    block: d.block,
    quote: d.quote,
  }
}

export interface ArchiveCollections {
  sources: Source[]
  articles: Article[]
  enterprises: Enterprise[]
  projects: Project[]
  metrics: Metric[]
  events: ArchiveEvent[]
}

export function buildArchive({ sources, articles, enterprises, projects, metrics, events }: ArchiveCollections) {
  const sortedArticles = [...articles].sort((a, b) =>
    a.data.source.id === b.data.source.id
      ? a.data.order - b.data.order
      : a.data.source.id < b.data.source.id ? -1 : 1,
  )
  return {
    sources: [...sources].sort(byId).map(exportSource),
    articles: sortedArticles.map(exportArticle),
    enterprises: [...enterprises].sort(byId).map(exportEnterprise),
    projects: [...projects].sort(byId).map(exportProject),
    metrics: [...metrics].sort(byId).map(exportMetric),
    events: [...events].sort(byId).map(exportEvent),
  }
}
