// The search over an archive made for the test (all five kinds of things) and over the
// real built index: what a reader would notice when typing.
import { beforeAll, describe, expect, it } from 'vitest'
import { buildSearchIndex } from '../../src/lib/search/build.ts'
import { searchDocuments, type Archive } from '../../src/lib/search/documents.ts'
import { SearchIndex } from '../../src/lib/search/engine.ts'
import { normaliseText } from '../../src/lib/search/normalise.ts'
import { readDist } from '../site/helpers.ts'
import { distLoader, memoryLoader, openDistIndex, rankOf } from './helpers.ts'

const date = (value: string) => ({ value, end: null, inferred: false, evidence: '' })

const archive: Archive = {
  sources: [{ id: 's1', publication: '南湖晚报', kind: 'front-page', date: date('2025-12-27') }],
  articles: [
    {
      id: 'a1',
      url: 'articles/a1/',
      source: 's1',
      order: 1,
      title: '加西贝拉压缩机产量创新高',
      subtitle: null,
      section: null,
      kind: 'story',
      date: null,
      blocks: [
        { id: 'b1', type: 'paragraph', text: '本报讯 加西贝拉压缩机有限公司昨天宣布，全年产量突破5000万台。' },
        { id: 'b2', type: 'paragraph', text: '园区全业态经济效益稳步攀升，2025年交易额增至773.95亿元。' },
      ],
    },
    {
      id: 'a2',
      url: 'articles/a2/',
      source: 's1',
      order: 2,
      title: '嘉兴南湖机场正式通航',
      subtitle: '首批航班起降',
      section: null,
      kind: 'story',
      date: null,
      blocks: [{ id: 'b1', type: 'paragraph', text: '12月26日，嘉兴南湖机场正式通航，市产业集团负责建设。<script>alert(1)</script>' }],
    },
  ],
  enterprises: [
    { id: 'jxbl', url: 'enterprises/jxbl/', name: '加西贝拉压缩机有限公司', aliases: ['加西贝拉'], kind: 'company', parent: null, mentions: [{ article: 'a1', block: 'b1' }] },
    { id: 'cyjt', url: 'enterprises/cyjt/', name: '嘉兴市产业发展集团有限公司', aliases: ['市产业集团'], kind: 'group', parent: null, mentions: [{ article: 'a2', block: 'b1' }] },
  ],
  projects: [
    { id: 'nhjc', url: 'projects/nhjc/', name: '嘉兴南湖机场', aliases: [], owner: 'cyjt', location: '嘉兴', status: '通航', mentions: [{ article: 'a2', block: 'b1' }] },
  ],
  metrics: [
    { id: 'm1', label: '交易额', subject: null, subjectText: '园区', value: 773.95, unit: '亿元', period: '2025年', article: 'a1', block: 'b2', quote: '2025年交易额增至773.95亿元' },
  ],
  events: [
    { id: 'e1', url: 'events/#e1', title: '嘉兴南湖机场通航', type: 'opening', date: date('2025-12-26'), participants: [{ collection: 'projects', id: 'nhjc' }], article: 'a2', block: 'b1', quote: '12月26日，嘉兴南湖机场正式通航' },
  ],
}

describe.each([
  ['bigram shards', false],
  ['scanning the documents', true],
])('search over every kind of thing, with %s', (_, scan) => {
  let index: SearchIndex
  beforeAll(async () => {
    index = await SearchIndex.open(memoryLoader(buildSearchIndex(searchDocuments(archive), { scan })))
  })
  const top = async (q: string) => (await index.search(q)).hits[0]?.url

  it('finds an enterprise by its short name before stories about it', async () => {
    expect(await top('加西贝拉')).toBe('enterprises/jxbl/')
    expect(await top('市产业集团')).toBe('enterprises/cyjt/')
  })

  it('finds a project by part of its name', async () => {
    expect(await top('南湖机场')).toBe('projects/nhjc/')
  })

  it('links a figure found by its number to the quoted block of its article', async () => {
    expect(await top('773.95')).toBe('articles/a1/#b2')
  })

  it('finds an event by its title and links to its block', async () => {
    const r = await index.search('机场通航')
    expect(rankOf(r.hits, 'articles/a2/#b1')).not.toBeNull()
    expect(r.groups.map((g) => g.type)).toContain('event')
  })

  it('forgives a typo, reads pinyin, initials and traditional characters', async () => {
    expect(await top('加西北拉')).toBe('enterprises/jxbl/')
    expect(await top('jxbl')).toBe('enterprises/jxbl/')
    expect(await top('jiaxibeila')).toBe('enterprises/jxbl/')
    expect(await top('南湖機場')).toBe('projects/nhjc/')
  })

  it('groups results by type with counts, the group of the best result first', async () => {
    const r = await index.search('南湖机场')
    expect(r.groups[0]!.type).toBe('project')
    const articles = r.groups.find((g) => g.type === 'article')!
    expect(articles.label).toBe('报道')
    expect(articles.count).toBe(1)
    expect(r.total).toBe(r.groups.reduce((n, g) => n + g.count, 0))
  })

  it('marks the matched characters in titles and snippets', async () => {
    const hit = (await index.search('正式通航')).hits.find((h) => h.url === 'articles/a2/')!
    expect(hit.title.filter((s) => s.mark).map((s) => s.text)).toEqual(['正式通航'])
    expect(hit.snippet.some((s) => s.mark && s.text === '正式通航')).toBe(true)
  })

  it('keeps markup in the text as plain text in snippets', async () => {
    const hit = (await index.search('通航')).hits.find((h) => h.url === 'articles/a2/')!
    expect(hit.snippet.map((s) => s.text).join('')).toContain('<script>alert(1)</script>')
  })

  it('says nothing matched, and suggests the parts of the query that occur', async () => {
    const r = await index.search('南湖飞艇')
    expect(r.total).toBe(0)
    expect(r.suggestions).toContain('南湖')
    expect((await index.search('　')).total).toBe(0)
  })
})

describe('the real archive', () => {
  let index: SearchIndex
  let archiveJson: Archive
  beforeAll(async () => {
    index = await openDistIndex()
    archiveJson = JSON.parse(readDist('data/archive.json'))
  })

  it('indexes every article', () => {
    const articles = index.manifest.types.find((t) => t.type === 'article')!
    expect(articles.count).toBe(archiveJson.articles.length)
  })

  it('finds every verbatim phrase of a body, wherever it is, among the results', async () => {
    // Phrases of 2 to 12 characters at evenly spaced places of every block of every article.
    for (const article of archiveJson.articles) {
      for (const block of article.blocks) {
        const chars = [...block.text]
        for (let at = 0; at < chars.length; at += 17) {
          for (const len of [2, 3, 5, 12]) {
            const phrase = chars.slice(at, at + len).join('')
            if ([...normaliseText(phrase)].length < 2) continue
            const r = await index.search(phrase, { type: 'article', perType: 1000 })
            expect(rankOf(r.hits, article.url), `“${phrase}” from ${article.url}#${block.id}`).not.toBeNull()
          }
        }
      }
    }
  }, 120_000)

  it('fetches the index once, and files only once', async () => {
    const fetched: string[] = []
    const load = distLoader()
    const counting = await SearchIndex.open(async (p) => (fetched.push(p), load(p)))
    await counting.search('南湖机场')
    await counting.search('南湖')
    expect(new Set(fetched).size).toBe(fetched.length)
  })

  it('with bigram shards, fetches only the shards of the query and the chunks of what it ranks', async () => {
    const files = buildSearchIndex(searchDocuments(archiveJson), { scan: false, chunkBytes: 2000 })
    const fetched: string[] = []
    const load = memoryLoader(files)
    const counting = await SearchIndex.open(async (p) => (fetched.push(p), load(p)))
    await counting.search('慈善一日捐')
    const shards = fetched.filter((p) => p.includes('/g/'))
    const chunks = fetched.filter((p) => p.includes('/c/'))
    expect(shards.length).toBeGreaterThan(0)
    expect(shards.length).toBeLessThanOrEqual(8)
    expect(chunks.length).toBeGreaterThan(0)
    expect(chunks.length).toBeLessThan(files.chunks.size / 2)
  })

})
