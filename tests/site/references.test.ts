// Astro only logs a reference to an entry that does not exist and builds anyway, so
// every reference between the collections is checked here (read from the data store
// that `astro build` or `astro sync` writes).
import { getCollection, getEntry } from 'astro:content'
import { describe, expect, it } from 'vitest'

describe('collection references', () => {
  it('every article’s source exists and lists the article in its order', async () => {
    const articles = await getCollection('articles')
    expect(articles.length).toBeGreaterThan(0)
    for (const a of articles) {
      const source = await getEntry(a.data.source)
      expect(source, `${a.id}: source ${a.data.source.id} does not exist`).toBeDefined()
      expect(source!.data.articles[a.data.order - 1]?.id, `${a.id}: not at position ${a.data.order} of ${source!.id}`).toBe(a.id)
    }
  })
  it('every article a source lists exists', async () => {
    for (const s of await getCollection('sources')) {
      for (const ref of s.data.articles) expect(await getEntry(ref), `${s.id} lists missing article ${ref.id}`).toBeDefined()
    }
  })

  it('every mention’s article and block exist (enterprises and projects)', async () => {
    const articles = new Map((await getCollection('articles')).map((a) => [a.id, a]))
    for (const c of ['enterprises', 'projects'] as const) {
      const entries = await getCollection(c)
      expect(entries.length, c).toBeGreaterThan(0)
      for (const e of entries) {
        for (const m of e.data.mentions) {
          const a = articles.get(m.article.id)
          expect(a, `${c}/${e.id}: mention in missing article ${m.article.id}`).toBeDefined()
          const holds = m.inTitle ? a!.data.title.includes(m.surface) && a!.data.blocks[0]?.id === m.block : a!.data.blocks.some((b) => b.id === m.block && b.text.includes(m.surface))
          expect(holds, `${c}/${e.id}: ${m.article.id}#${m.block} does not hold ${m.surface}`).toBe(true)
        }
      }
    }
  })

  it('every parent and owner exists', async () => {
    for (const e of await getCollection('enterprises')) if (e.data.parent) expect(await getEntry(e.data.parent), `${e.id}: parent ${e.data.parent.id}`).toBeDefined()
    for (const p of await getCollection('projects')) if (p.data.owner) expect(await getEntry(p.data.owner), `${p.id}: owner ${p.data.owner.id}`).toBeDefined()
  })

  it('every figure’s and event’s article, block and subject or participants exist', async () => {
    const articles = new Map((await getCollection('articles')).map((a) => [a.id, a]))
    const exists = async (r: { collection: 'enterprises' | 'projects'; id: string }) => !!(await getEntry(r.collection, r.id))
    for (const m of await getCollection('metrics')) {
      expect(articles.get(m.data.article.id)?.data.blocks.some((b) => b.id === m.data.block), `metrics/${m.id}`).toBe(true)
      if (m.data.subject) expect(await exists(m.data.subject), `metrics/${m.id}: subject ${m.data.subject.id}`).toBe(true)
    }
    for (const e of await getCollection('events')) {
      expect(articles.get(e.data.article.id)?.data.blocks.some((b) => b.id === e.data.block), `events/${e.id}`).toBe(true)
      for (const p of e.data.participants) expect(await exists(p), `events/${e.id}: participant ${p.id}`).toBe(true)
    }
  })
})
