// The cleaning report on a source's page: an editor must find every decision the
// ingest made, with the raw text it acted on, placed where its result stands.
import { getCollection } from 'astro:content'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { ReportEntry } from '../../src/lib/files.ts'
import { blockPlace, groupEntries, joinBreaks, lineLabel, locateEntry } from '../../src/lib/report.ts'
import { blockText, decodeEntities, distBase, readDist } from './helpers.ts'

const entry = (e: Partial<ReportEntry>): ReportEntry => ({ action: 'join', kind: 'line-break', lines: [], text: '', reason: '', ...e })

describe('report helpers', () => {
  it('groups joins, drops, inferences, then classifications', () => {
    const groups = groupEntries([entry({ action: 'classify' }), entry({ action: 'drop' }), entry({ action: 'join' }), entry({ action: 'infer' })])
    expect(groups.map((g) => g.action)).toEqual(['join', 'drop', 'infer', 'classify'])
  })

  it('shows each removed line break with the text on both sides', () => {
    expect(joinBreaks('聚焦“更稳、更优、更强”陈伟调研\n国资国企改革推进工作')).toEqual([
      { before: '聚焦“更稳、更优、更强”陈伟调研', after: '国资国企改革推进工作', clipped: false },
    ])
    const [b] = joinBreaks(`${'甲'.repeat(30)}\n${'乙'.repeat(30)}`, 5)
    expect(b).toEqual({ before: '…甲甲甲甲甲', after: '乙乙乙乙乙…', clipped: true })
  })

  it('names lines as a reader counts them', () => {
    expect(lineLabel([11, 13])).toBe('第11、13行')
    expect(lineLabel([5, 6, 7])).toBe('第5—7行')
    expect(lineLabel([])).toBe('')
  })

  it('places an entry in the block its lines ended up in, else in its story', () => {
    const stories = [
      { id: 'x', title: 'X', lines: [1, 20] as [number, number], blocks: [
        { id: 'b1', type: 'heading', lines: [3] },
        { id: 'b2', type: 'paragraph', lines: [5, 7] },
      ] },
    ]
    expect(locateEntry(entry({ lines: [5, 7] }), stories)).toEqual({ article: 'x', title: 'X', block: 'b2', place: '第1段' })
    expect(locateEntry(entry({ lines: [9] }), stories)).toEqual({ article: 'x', title: 'X', block: null, place: null })
    expect(locateEntry(entry({ lines: [30] }), stories)).toBeNull()
    expect(blockPlace(stories[0]!.blocks, 'b1')).toBe('第1个小标题')
  })
})

describe('source pages show the cleaning report', () => {
  const reportOf = (id: string) =>
    JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'content', 'reports', `${id}.json`), 'utf8')) as { entries: ReportEntry[] }

  it('every entry, with its raw text and reason', async () => {
    for (const source of await getCollection('sources')) {
      const html = readDist(`sources/${source.id}/index.html`)
      const { entries } = reportOf(source.id)
      const listed = [...html.matchAll(/<li id="r-[a-z]+-\d+"/g)]
      expect(listed.length, source.id).toBe(entries.length)
      const text = decodeEntities(html.replace(/<[^>]+>/g, ''))
      for (const e of entries) {
        expect(text, `${source.id}: ${e.reason}`).toContain(e.reason)
        // Joins show their breaks (and the whole text behind a disclosure when long).
        for (const part of e.text.split('\n')) expect(text, `${source.id} line ${e.lines.join(',')}`).toContain(part.slice(-10))
      }
    }
  })

  it('links a join to the block that holds the joined text', async () => {
    const base = distBase()
    for (const source of await getCollection('sources')) {
      const html = readDist(`sources/${source.id}/index.html`)
      const articles = (await getCollection('articles')).filter((a) => a.data.source.id === source.id)
      for (const e of reportOf(source.id).entries.filter((x) => x.action === 'join' && x.kind === 'line-break')) {
        const owner = articles.find((a) => a.data.blocks.some((b) => b.lines.includes(e.lines.at(-1)!)))
        if (!owner) continue
        const block = owner.data.blocks.find((b) => b.lines.includes(e.lines.at(-1)!))!
        const href = `${base}/articles/${owner.id}/#${block.id}`
        expect(html, `${source.id} → ${href}`).toContain(`href="${href}"`)
        // …and that block holds the result of the join.
        expect(blockText(readDist(`articles/${owner.id}/index.html`), block.id)).toContain(e.result!.slice(-10))
      }
    }
  })
})
