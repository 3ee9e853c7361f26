// The relevance set: queries of every kind a reader types, each with the page that must
// come first (or in the top three), run against the built index by the browser's code.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import type { SearchIndex } from '../../src/lib/search/engine.ts'
import { openDistIndex, rankOf } from './helpers.ts'

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
