// The relevance set: queries of every kind a reader types, each with the page that must
// come first (or in the top three), run against the built index by the browser's code.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { buildSearchIndex } from '../../src/lib/search/build.ts'
import { searchDocuments, type Archive } from '../../src/lib/search/documents.ts'
import { SearchIndex } from '../../src/lib/search/engine.ts'
import { readDist } from '../site/helpers.ts'
import { memoryLoader, openDistIndex, rankOf } from './helpers.ts'

interface Case {
  query: string
  kind: string
  expect: string
  rank: number
  why: string
}

const cases: Case[] = JSON.parse(readFileSync(join(import.meta.dirname, 'relevance.json'), 'utf8'))

describe('relevance set', () => {
  let index: SearchIndex
  beforeAll(async () => {
    index = await openDistIndex()
  })

  it('covers every kind of query with at least 40 queries', () => {
    expect(cases.length).toBeGreaterThanOrEqual(40)
    const kinds = new Set(cases.map((c) => c.kind))
    for (const k of ['short', 'phrase', 'typo', 'pinyin', 'initials', 'traditional', 'number', 'long', 'enterprise', 'project', 'metric', 'event']) {
      expect(kinds).toContain(k)
    }
  })

  it.each(cases.map((c) => [`${c.kind}: ${c.query}`, c] as const))('%s', async (_, c) => {
    const results = await index.search(c.query)
    const rank = rankOf(results.hits, c.expect)
    const top = results.hits.slice(0, 3).map((h) => h.url)
    expect(rank, `${c.expect} not in the top ${c.rank} (${c.why}); top: ${top.join(', ')}`).not.toBeNull()
    expect(rank!, `${c.why}; top: ${top.join(', ')}`).toBeLessThanOrEqual(c.rank)
  })
})

// The real archive is small enough to be searched by scanning (build.ts); a larger one
// gets bigram shards. Both must rank alike: the same archive, indexed the other way.
describe('relevance set with bigram shards', () => {
  let scanned: SearchIndex
  let sharded: SearchIndex
  beforeAll(async () => {
    scanned = await openDistIndex()
    const archive = JSON.parse(readDist('data/archive.json')) as Archive
    sharded = await SearchIndex.open(memoryLoader(buildSearchIndex(searchDocuments(archive), { scan: false })))
  }, 60_000)

  it('is what the real archive is built with, and the other index is not', () => {
    expect(scanned.manifest.scan).toBe(true)
    expect(sharded.manifest.scan).toBe(false)
  })

  it('gives the same results, in the same order, for every query', async () => {
    for (const c of cases) {
      const a = await scanned.search(c.query)
      const b = await sharded.search(c.query)
      expect(b.hits.map((h) => h.url), c.query).toEqual(a.hits.map((h) => h.url))
      expect(b.groups.map((g) => [g.type, g.count]), c.query).toEqual(a.groups.map((g) => [g.type, g.count]))
    }
  })
})
