// The built site in dist/ (run `astro build` first): links, anchors, language and
// the open data files. dist/ is built with BASE_PATH from the environment.
import { getCollection } from 'astro:content'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { blockText, brokenLinks, DIST, distBase, filesUnder, ids, readDist } from './helpers.ts'

const read = readDist
const readJson = (path: string) => JSON.parse(read(path))

describe('dist/', () => {
  it('has been built', () => {
    expect(existsSync(join(DIST, 'index.html')), 'dist/index.html is missing: run `npx astro build` before the tests').toBe(true)
  })

  it('every internal href and src resolves to a file in dist', () => {
    expect(brokenLinks(DIST, distBase())).toEqual([])
  })

  it('every page is Chinese (lang="zh-CN") and has a title', () => {
    for (const file of filesUnder(DIST, '.html')) {
      const html = readFileSync(file, 'utf8')
      expect(html, file).toMatch(/<html lang="zh-CN"/)
      expect(html, file).toMatch(/<title>[^<]+<\/title>/)
    }
  })

  it('every article page carries the block ids of its frontmatter, with the block text', async () => {
    const articles = await getCollection('articles')
    expect(articles.length).toBeGreaterThan(0)
    for (const article of articles) {
      const html = read(`articles/${article.id}/index.html`)
      const pageIds = ids(html)
      for (const block of article.data.blocks) {
        expect(pageIds.has(block.id), `${article.id} #${block.id}`).toBe(true)
        expect(html, `${article.id} #${block.id} class`).toContain(`id="${block.id}" class="block block-${block.type}"`)
        // Markdown must not have changed the text (escaping, smart quotes …).
        expect(blockText(html, block.id), `${article.id} #${block.id} text`).toBe(block.text.trim())
      }
    }
  })

  it('publishes every raw source file byte for byte', async () => {
    for (const source of await getCollection('sources')) {
      const published = readFileSync(join(DIST, 'raw', source.data.file))
      const original = readFileSync(join(import.meta.dirname, '..', '..', 'content', 'raw', source.data.file))
      expect(published.equals(original), source.data.file).toBe(true)
    }
  })
})

const DATE_KEYS = ['value', 'end', 'inferred', 'evidence']
const SOURCE_KEYS = ['id', 'file', 'publication', 'kind', 'date', 'articles']
const ARTICLE_KEYS = [
  'id', 'url', 'source', 'order', 'title', 'subtitle', 'section', 'kind', 'date', 'dateline',
  'bylines', 'credit', 'continued', 'blocks',
]

function expectDate(date: unknown, where: string) {
  if (date === null) return
  expect(Object.keys(date as object), where).toEqual(DATE_KEYS)
  const d = date as Record<string, unknown>
  expect(d['value'], where).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/)
  if (d['end'] !== null) expect(d['end'], where).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/)
  expect(typeof d['inferred'], where).toBe('boolean')
  expect(typeof d['evidence'], where).toBe('string')
}

describe('dist/data/archive.json (SPEC §5)', () => {
  interface ExportedArticle { id: string; url: string; source: string; order: number; [key: string]: any }
  interface ExportedSource { id: string; articles: string[]; [key: string]: any }
  let archive: { sources: ExportedSource[]; articles: ExportedArticle[] }
  beforeAll(() => {
    archive = readJson('data/archive.json')
  })

  it('has exactly the six collections', () => {
    expect(Object.keys(archive)).toEqual(['sources', 'articles', 'enterprises', 'projects', 'metrics', 'events'])
    for (const [key, value] of Object.entries(archive)) expect(Array.isArray(value), key).toBe(true)
  })

  it('sources have the documented fields, sorted by id', () => {
    expect(archive.sources.length).toBeGreaterThan(0)
    for (const s of archive.sources) {
      expect(Object.keys(s), s.id).toEqual(SOURCE_KEYS)
      expectDate(s.date, s.id)
    }
    const ids = archive.sources.map((s) => s.id)
    expect(ids).toEqual([...ids].sort())
  })

  it('articles have the documented fields, sorted by source then order, no line numbers', () => {
    for (const a of archive.articles) {
      expect(Object.keys(a), a.id).toEqual(ARTICLE_KEYS)
      expect(a.url).toBe(`articles/${a.id}/`)
      expectDate(a.date, a.id)
      expectDate(a.dateline, a.id)
      for (const b of a.bylines) expect(Object.keys(b)).toEqual(['role', 'name'])
      for (const b of a.blocks) {
        expect(Object.keys(b), `${a.id} ${b.id}`).toEqual(['id', 'type', 'text'])
        expect(['paragraph', 'heading', 'caption', 'quote', 'note']).toContain(b.type)
      }
    }
    const keys = archive.articles.map((a) => ({ source: a.source, order: a.order }))
    const sorted = [...keys].sort((a, b) => (a.source === b.source ? a.order - b.order : a.source < b.source ? -1 : 1))
    expect(keys).toEqual(sorted)
  })

  it('links sources and articles both ways, and every url is a page', () => {
    const sources = new Map(archive.sources.map((s) => [s.id, s]))
    const articles = new Map(archive.articles.map((a) => [a.id, a]))
    for (const a of archive.articles) {
      expect(sources.has(a.source), `${a.id} → ${a.source}`).toBe(true)
      expect(existsSync(join(DIST, a.url, 'index.html')), a.url).toBe(true)
    }
    for (const s of archive.sources) {
      for (const id of s.articles) expect(articles.get(id)?.source, `${s.id} → ${id}`).toBe(s.id)
    }
  })
})

describe('dist/data/cleaning-report.json', () => {
  it('holds one report per source, sorted by source', () => {
    const report = readJson('data/cleaning-report.json')
    expect(Object.keys(report)).toEqual(['sources', 'extraction'])
    // the extraction's decisions: each entity with whether it was discovered, curated or both
    const entities = report.extraction.filter((d: { action: string }) => d.action === 'entity')
    expect(entities.length).toBeGreaterThan(10)
    for (const d of entities) expect(['discovered', 'curated', 'both']).toContain(d.result)
    const names = report.sources.map((r: { source: string }) => r.source)
    expect(names).toEqual([...names].sort())
    for (const r of report.sources) {
      expect(typeof r.file).toBe('string')
      expect(Array.isArray(r.entries)).toBe(true)
      for (const e of r.entries) expect(['join', 'drop', 'classify', 'infer', 'warn']).toContain(e.action)
    }
  })
})
