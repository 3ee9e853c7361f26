// SPEC §5 open data: plain objects with keys in the documented order. This is a
// public interface, so the shape is spelled out field by field rather than spread.
import type { Article, Source } from './archive.ts'
import type { DateObject } from './dates.ts'
import { articlePath } from './urls.ts'

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

export function buildArchive(sources: Source[], articles: Article[]) {
  const sortedArticles = [...articles].sort((a, b) =>
    a.data.source.id === b.data.source.id
      ? a.data.order - b.data.order
      : a.data.source.id < b.data.source.id ? -1 : 1,
  )
  return {
    sources: [...sources].sort(byId).map(exportSource),
    articles: sortedArticles.map(exportArticle),
    // Entity collections are not extracted yet; the keys are part of the contract.
    enterprises: [],
    projects: [],
    metrics: [],
    events: [],
  }
}
