// One page of every kind the site builds, for the browser, accessibility and
// screenshot tests. Picked from the built dist/ so that new content is covered.
import { existsSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { DIST, readDist } from './helpers.ts'

interface Exported {
  sources: { id: string; articles: string[] }[]
  articles: { id: string; url: string; blocks: { type: string }[] }[]
}

const numeric = (dir: string) =>
  existsSync(dir) ? readdirSync(dir).filter((d) => /^\d+$/.test(d)).sort() : []

/** The entity pages, once their collections are built: an index and an entry each. */
function entityPages(): Record<string, string> {
  const pages: Record<string, string> = {}
  for (const [kind, dir] of [['enterprise', 'enterprises'], ['project', 'projects']] as const) {
    const root = join(DIST, dir)
    if (!existsSync(join(root, 'index.html'))) continue
    pages[`${dir}`] = `${dir}/`
    const first = readdirSync(root).filter((d) => existsSync(join(root, d, 'index.html'))).sort()[0]
    if (first) pages[kind] = `${dir}/${first}/`
  }
  return pages
}

/** The authors' index and the page of the most credited author. */
function authorPages(): Record<string, string> {
  const root = join(DIST, 'authors')
  if (!existsSync(join(root, 'index.html'))) return {}
  const first = readdirSync(root).filter((d) => existsSync(join(root, d, 'index.html'))).sort()[0]
  return { authors: 'authors/', ...(first ? { author: `authors/${first}/` } : {}) }
}

/** Page kind → path under the base (no leading slash). */
export function samplePages(): Record<string, string> {
  const archive = JSON.parse(readDist('data/archive.json')) as Exported
  // The source with the most stories shows the most of the layout.
  const source = [...archive.sources].sort((a, b) => b.articles.length - a.articles.length)[0]!
  // An article with several block types (headings, captions, quotes) if there is one.
  const kinds = (a: Exported['articles'][number]) => new Set(a.blocks.map((x) => x.type)).size
  const article = [...archive.articles].sort((a, b) => kinds(b) - kinds(a))[0]!
  // The year and month with the most stories would be a content choice; the
  // latest is enough to show the page kind.
  const year = numeric(join(DIST, 'dates')).at(-1)
  const month = year ? numeric(join(DIST, 'dates', year)).at(-1) : undefined
  return {
    home: '',
    article: article.url,
    source: `sources/${source.id}/`,
    dates: 'dates/',
    ...(year ? { year: `dates/${year}/` } : {}),
    ...(year && month ? { month: `dates/${year}/${month}/` } : {}),
    undated: 'dates/undated/',
    ...entityPages(),
    metrics: 'metrics/',
    events: 'events/',
    ...(existsSync(join(DIST, 'relations', 'index.html')) ? { relations: 'relations/' } : {}),
    ...authorPages(),
    '404': 'no-such-page/',
  }
}
