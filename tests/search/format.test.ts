// The index file formats: what is written is what is read back.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { lookupBigrams } from '../../src/lib/search/ngrams.ts'
import { decodePostings, encodePostings, FLAG_BITS, NumberReader, writeNumber } from '../../src/lib/search/postings.ts'
import { keyId, packShards, readShard, shardFor } from '../../src/lib/search/shards.ts'
import { isLatinQuery, segmentPinyin } from '../../src/lib/search/syllables.ts'

describe('posting lists', () => {
  it('round-trip any ascending documents with flags', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 0, max: 2_000_000 })), fc.array(fc.integer({ min: 0, max: 7 })), (docs, flags) => {
        const postings = [...docs].sort((a, b) => a - b).map((doc, i) => ({ doc, flags: flags[i % Math.max(1, flags.length)] ?? 0 }))
        const decoded = decodePostings(encodePostings(postings, FLAG_BITS), FLAG_BITS)
        expect([...decoded.docs]).toEqual(postings.map((p) => p.doc))
        expect([...decoded.flags]).toEqual(postings.map((p) => p.flags))
      }),
    )
  })

  it('are JSON-safe text, about a character per document when dense', () => {
    const dense = Array.from({ length: 1000 }, (_, doc) => ({ doc, flags: 0 }))
    const s = encodePostings(dense, 0)
    expect(s.length).toBe(1000)
    expect(JSON.stringify(s)).toBe(`"${s}"`)
  })

  it('numbers of any size read back in order', () => {
    const values = [0, 31, 32, 1023, 1024, 2 ** 40]
    const r = new NumberReader(values.map(writeNumber).join(''))
    expect(values.map(() => r.next())).toEqual(values)
    expect(r.done).toBe(true)
  })
})

describe('shards', () => {
  it('find every key again, and no key that was not written', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.tuple(fc.integer({ min: 0, max: 300 }), fc.integer({ min: -1, max: 299 })), { selector: ([x, y]) => `${x},${y}` }), fc.integer({ min: 5, max: 200 }), (pairs, target) => {
        const k = 301
        const entries = pairs.map(([x, y], i) => ({ x, y, postings: encodePostings([{ doc: i, flags: 0 }], 0) }))
        const { starts, files } = packShards(entries, k, target)
        const tables = files.map((f, n) => readShard(f, starts[n]!))
        entries.forEach((e, i) => {
          const id = keyId(e.x, e.y, k)
          const n = shardFor(starts, id)
          const range = tables[n]!.get(id)!
          expect([...decodePostings(files[n]!, 0, range[0], range[1]).docs]).toEqual([i])
        })
        const written = new Set(entries.map((e) => keyId(e.x, e.y, k)))
        const total = tables.reduce((n, t) => n + t.size, 0)
        expect(total).toBe(written.size)
      }),
    )
  })
})

describe('lookup bigrams', () => {
  it('are all bigrams of a short term, a few spread ones of a long term', () => {
    expect(lookupBigrams('南湖机场')).toEqual(['南湖', '湖机', '机场'])
    const long = lookupBigrams('项目各大核心节点相继高效落地飞行区跑道贯通')
    expect(long.length).toBeLessThanOrEqual(4)
    expect(long[0]).toBe('项目')
    expect(long.at(-1)).toBe('贯通')
  })
})

describe('pinyin queries', () => {
  it('split into syllables, fewest first, the last one possibly unfinished', () => {
    expect(segmentPinyin('nanhu jichang')[0]).toEqual({ syllables: ['nan', 'hu', 'ji', 'chang'], partial: '' })
    const xian = segmentPinyin('xian')
    expect(xian[0]).toEqual({ syllables: ['xian'], partial: '' })
    expect(xian).toContainEqual({ syllables: ['xi', 'an'], partial: '' })
    expect(segmentPinyin('nanhu jich')[0]).toEqual({ syllables: ['nan', 'hu', 'ji'], partial: 'ch' })
    expect(segmentPinyin('jxbl')).toEqual([])
  })

  it('are letters only', () => {
    expect(isLatinQuery('nanhu jichang')).toBe(true)
    expect(isLatinQuery('jxbl')).toBe(true)
    expect(isLatinQuery('南湖')).toBe(false)
    expect(isLatinQuery('773.95')).toBe(false)
  })
})
