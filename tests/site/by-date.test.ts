// The by-date archive as a reader uses it: every story can be found under the
// month (or year) it was published, the undated ones on their own page, and the
// date on a story's page leads back to its month.
import { getCollection } from 'astro:content'
import { describe, expect, it } from 'vitest'
import { groupByPeriod, monthSequence } from '../../src/lib/periods.ts'
import { attributes, distBase, readDist } from './helpers.ts'

const base = distBase()
const articleHref = (id: string) => `${base}/articles/${id}/`
const linksOf = (path: string) => new Set(attributes(readDist(path), 'href'))

describe('groupByPeriod', () => {
  const item = (id: string, value: string | null) => ({ id, value })
  const items = [
    item('a', '2024-10-31'),
    item('b', '2024-10'),
    item('c', '2024'),
    item('d', null),
    item('e', '2026-03'),
    item('f', '2024-01-05'),
  ]
  const periods = groupByPeriod(items, (i) => i.value)

  it('puts newest years first, months in calendar order, year-only items last', () => {
    expect(periods.years.map((y) => y.year)).toEqual(['2026', '2024'])
    const y2024 = periods.years[1]!
    expect(y2024.months.map((m) => m.month)).toEqual(['01', '10', null])
    expect(y2024.months[1]!.items.map((i) => i.id)).toEqual(['a', 'b'])
    expect(y2024.count).toBe(4)
  })

  it('sets undated items apart', () => {
    expect(periods.undated.map((i) => i.id)).toEqual(['d'])
  })

  it('sequences the months with items, oldest first, for previous/next links', () => {
    expect(monthSequence(periods).map((m) => `${m.year}-${m.month}`)).toEqual(['2024-01', '2024-10', '2026-03'])
  })
})

describe('dist/dates/', () => {
  it('every dated story is on its month’s page (or its year’s, without a month)', async () => {
    for (const a of await getCollection('articles')) {
      const value = a.data.date?.value
      if (!value) continue
      const [year, month] = value.split('-')
      const page = month ? `dates/${year}/${month}/index.html` : `dates/${year}/index.html`
      expect(linksOf(page).has(articleHref(a.id)), `${a.id} on ${page}`).toBe(true)
    }
  })

  it('undated stories are listed on /dates/undated/, and only they', async () => {
    const links = linksOf('dates/undated/index.html')
    for (const a of await getCollection('articles')) {
      expect(links.has(articleHref(a.id)), a.id).toBe(!a.data.date)
    }
  })

  it('the index and the home page link every year and every month with stories', async () => {
    const periods = groupByPeriod(await getCollection('articles'), (a) => a.data.date?.value)
    for (const page of ['dates/index.html', 'index.html']) {
      const links = linksOf(page)
      for (const year of periods.years) {
        expect(links.has(`${base}/dates/${year.year}/`), `${page} → ${year.year}`).toBe(true)
        for (const m of year.months) {
          if (m.month) expect(links.has(`${base}/dates/${year.year}/${m.month}/`), `${page} → ${year.year}-${m.month}`).toBe(true)
        }
      }
    }
  })

  it('a month lists its stories in calendar order', async () => {
    const articles = await getCollection('articles')
    const dateOf = new Map(articles.map((a) => [articleHref(a.id), a.data.date?.value ?? '']))
    const periods = groupByPeriod(articles, (a) => a.data.date?.value)
    for (const m of monthSequence(periods)) {
      const html = readDist(`dates/${m.year}/${m.month}/index.html`)
      const listed = attributes(html, 'href').filter((h) => dateOf.has(h)).map((h) => dateOf.get(h)!)
      expect(listed.length, `${m.year}-${m.month}`).toBe(m.items.length)
      expect(listed, `${m.year}-${m.month}`).toEqual([...listed].sort())
    }
  })

  it('a story’s publication date links to its month', async () => {
    for (const a of await getCollection('articles')) {
      const value = a.data.date?.value
      if (!value) continue
      const [year, month] = value.split('-')
      const target = month ? `${base}/dates/${year}/${month}/` : `${base}/dates/${year}/`
      expect(linksOf(`articles/${a.id}/index.html`).has(target), a.id).toBe(true)
    }
  })
})
