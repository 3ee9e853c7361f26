/** A scratch project holding at least N articles, for the search bench. */
import { existsSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { loadTemplates, writeDocuments } from '../generate/generate.ts'
import { measure, type Run } from './measure.ts'
import { scratchProject } from './project.ts'

const count = (dir: string): number => (existsSync(dir) ? readdirSync(dir).length : 0)

/**
 * Generated sources are added (seeded, so the same N gives the same archive) and
 * ingested until the project holds at least `articles` articles. The ingest caches
 * per source, so each round only reads the sources just added.
 */
export function projectWithArticles(root: string, dir: string, articles: number, seed: string): { sources: number; articles: number; ingest: Run } {
  const raw = scratchProject(root, dir)
  const templates = loadTemplates(join(root, 'content/raw'))
  // Real sources hold ~6 stories each; generated ones drop a few.
  let sources = Math.ceil(articles / 5.5)
  writeDocuments(templates, raw, sources, seed)
  let ingest = measure('node scripts/ingest.ts --quiet', dir, 'ingest')
  while (ingest.exit === 0 && count(join(dir, 'content/articles')) < articles) {
    const more = Math.max(1, Math.ceil((articles - count(join(dir, 'content/articles'))) / 5))
    writeDocuments(templates, raw, more, seed, sources)
    sources += more
    ingest = measure('node scripts/ingest.ts --quiet', dir, 'ingest')
  }
  return { sources, articles: count(join(dir, 'content/articles')), ingest }
}
