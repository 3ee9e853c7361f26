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
    '404': 'no-such-page/',
  }
}
