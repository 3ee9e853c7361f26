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
})
