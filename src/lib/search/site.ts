// The search index of this build, made once and shared by the endpoints that write its
// files and the search page (which shows its examples). It indexes what the open data
// export publishes, so search and archive.json never disagree.
import { getAllArticles, getEnterprises, getEvents, getMetrics, getProjects, getSources } from '../archive.ts'
import { enterpriseKindLabel } from '../entities.ts'
import { buildArchive } from '../export.ts'
import { withBase } from '../urls.ts'
import { buildSearchIndex, type IndexFiles } from './build.ts'
import { searchDocuments, type Archive } from './documents.ts'

let files: Promise<IndexFiles> | null = null

export function searchIndexFiles(): Promise<IndexFiles> {
  files ??= (async () => {
    const archive: Archive = buildArchive({
      sources: await getSources(),
      articles: await getAllArticles(),
      enterprises: await getEnterprises(),
      projects: await getProjects(),
      metrics: await getMetrics(),
      events: await getEvents(),
    })
    return buildSearchIndex(searchDocuments(archive, { enterpriseKinds: enterpriseKindLabel }))
  })()
  return files
}

/** Where the browser finds the index files (under `base`). */
export const searchIndexUrl = () => withBase('search/index/')
export const searchPageUrl = (query?: string) => withBase(`search/${query ? `?q=${encodeURIComponent(query)}` : ''}`)

/** Index files are JSON without whitespace: they are read by programs, and bytes count. */
export const compactJson = (data: unknown) =>
  new Response(JSON.stringify(data), { headers: { 'Content-Type': 'application/json; charset=utf-8' } })
