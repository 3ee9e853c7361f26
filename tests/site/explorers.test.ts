// The figures explorer (/metrics/) and the events timeline (/events/) as built:
// everything is in the HTML (the filters only narrow it), every figure and event
// links to the block it was read from, and the open data files are linked.
import { getCollection } from 'astro:content'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { pageJsGzip } from '../../scripts/budget.ts'
import { comparableGroups, toFigure } from '../../src/lib/figures.ts'
import { eventAnchor, periodAnchor } from '../../src/lib/timeline.ts'
import { attributes, decodeEntities, DIST, distBase, ids, readDist } from './helpers.ts'

const base = distBase()
const metricsPage = () => readDist('metrics/index.html')
const eventsPage = () => readDist('events/index.html')
const text = (html: string) => decodeEntities(html.replace(/<[^>]+>/g, '')).replace(/\s+/g, ' ')

/** The element whose start tag begins at `start`, up to its matching end tag. */
function elementAt(html: string, start: number): string | null {
  const open = /^<(\w+)\b[^>]*>/.exec(html.slice(start))
  if (!open) return null
  const tag = open[1]!
  const re = new RegExp(`<(/?)${tag}\\b[^>]*>`, 'g')
  re.lastIndex = start + open[0].length
  let depth = 1
  for (let m = re.exec(html); m; m = re.exec(html)) {
    depth += m[1] ? -1 : 1
    if (depth === 0) return html.slice(start, m.index + m[0].length)
  }
  return null
}

function elementById(html: string, id: string): string | null {
  const open = new RegExp(`<\\w+\\b[^>]*\\sid="${id}"`).exec(html)
  return open ? elementAt(html, open.index) : null
}

const blockIds = new Map<string, Set<string>>()
const blockExists = (article: string, block: string) => {
  if (!blockIds.has(article)) blockIds.set(article, ids(readDist(`articles/${article}/index.html`)))
  return blockIds.get(article)!.has(block)
}

describe('/metrics/', () => {
  it('has one row per figure, with its value as written and a link to the block it was read from', async () => {
    const metrics = await getCollection('metrics')
    expect(metrics.length).toBeGreaterThan(0)
    const html = metricsPage()
    expect(html.match(/<tr id="figure-/g)?.length).toBe(metrics.length)
    for (const m of metrics) {
      const row = elementById(html, `figure-${m.id}`)
      expect(row, m.id).not.toBeNull()
      expect(text(row!), m.id).toContain(m.data.written)
      const block = `${base}/articles/${m.data.article.id}/#${m.data.block}`
      expect(attributes(row!, 'href'), m.id).toContain(block)
      expect(blockExists(m.data.article.id, m.data.block), block).toBe(true)
    }
  })

  it('links a figure’s subject to its page when the subject is an enterprise or project', async () => {
    const html = metricsPage()
    for (const m of await getCollection('metrics')) {
      const subject = m.data.subject
      if (!subject || !existsSync(join(DIST, subject.collection, subject.id, 'index.html'))) continue
      expect(attributes(elementById(html, `figure-${m.id}`)!, 'href'), m.id).toContain(`${base}/${subject.collection}/${subject.id}/`)
    }
  })

  it('charts every group of comparable figures, its content in words for those who cannot see it', async () => {
    const html = metricsPage()
    const groups = comparableGroups((await getCollection('metrics')).map(toFigure))
    expect(html.match(/<figure class="chart"/g)?.length ?? 0).toBe(groups.length)
    groups.forEach((g, i) => {
      const chart = elementById(html, `chart-${i + 1}`)!
      expect(chart).toMatch(/<svg[^>]*role="img"[^>]*aria-labelledby="chart-\d+-title"/)
      const title = text(elementById(chart, `chart-${i + 1}-title`)!)
      for (const f of g.figures) expect(title, f.id).toContain(f.written)
      expect(chart.match(/<rect /g)?.length).toBe(g.figures.length)
    })
  })

  it('links the CSV and JSON downloads, and they exist', () => {
    const links = attributes(metricsPage(), 'href')
    for (const file of ['metrics.csv', 'archive.json']) {
      expect(links).toContain(`${base}/data/${file}`)
      expect(existsSync(join(DIST, 'data', file)), file).toBe(true)
    }
  })
})

describe('/events/', () => {
  it('lists every event under its year and month, with a link to the quoted block', async () => {
    const events = await getCollection('events')
    expect(events.length).toBeGreaterThan(0)
    const html = eventsPage()
    for (const e of events) {
      const [year, month] = e.data.date.value.split('-')
      // the month's heading and the event share a section
      const heading = new RegExp(`<h3 id="${periodAnchor(year!, month ?? null)}"`).exec(html)
      expect(heading, `${e.id}: month ${year}-${month}`).not.toBeNull()
      const section = elementAt(html, html.lastIndexOf('<section', heading!.index))!
      const item = elementById(section, eventAnchor(e.id))
      expect(item, `${e.id} under ${year}-${month}`).not.toBeNull()
      // and the month's section lies in the year's
      const yearHeading = html.indexOf(`<h2 id="${periodAnchor(year!)}"`)
      expect(yearHeading, `${e.id}: year ${year}`).toBeGreaterThan(-1)
      expect(yearHeading).toBeLessThan(heading!.index)
      const block = `${base}/articles/${e.data.article.id}/#${e.data.block}`
      expect(attributes(item!, 'href'), e.id).toContain(block)
      expect(blockExists(e.data.article.id, e.data.block), block).toBe(true)
      expect(text(item!), e.id).toContain(e.data.quote)
    }
  })

  it('marks inferred dates and shows what they were inferred from', async () => {
    const html = eventsPage()
    for (const e of await getCollection('events')) {
      const item = text(elementById(html, eventAnchor(e.id))!)
      expect(item.includes('（推断）'), e.id).toBe(e.data.date.inferred)
      if (e.data.date.inferred) expect(item, e.id).toContain(e.data.date.evidence)
    }
  })

  it('lists the years oldest first', () => {
    const years = [...eventsPage().matchAll(/<h2 id="y(\d{4})"/g)].map((m) => m[1])
    expect(years.length).toBeGreaterThan(0)
    expect(years).toEqual([...years].sort())
  })

  it('links events.csv, and it exists', () => {
    expect(attributes(eventsPage(), 'href')).toContain(`${base}/data/events.csv`)
    expect(existsSync(join(DIST, 'data', 'events.csv'))).toBe(true)
  })
})

describe('both pages', () => {
  it('show everything without JavaScript: no item hidden, the filters hidden until the script runs', () => {
    for (const html of [metricsPage(), eventsPage()]) {
      expect(html).not.toMatch(/<(tr|li|section)\b[^>]*\shidden/)
      expect(html).toMatch(/<search class="filters" data-filters hidden/)
    }
  })

  it('run a few KB of JavaScript at most', () => {
    for (const page of ['metrics', 'events']) {
      const bytes = pageJsGzip(DIST, readDist(`${page}/index.html`))
      expect(bytes, page).toBeGreaterThan(0)
      expect(bytes, `${page}: gzipped JS`).toBeLessThanOrEqual(4 * 1024)
    }
  })

  it('are linked from the header of every page and from the home page', async () => {
    const article = (await getCollection('articles'))[0]!
    for (const page of ['index.html', `articles/${article.id}/index.html`, 'dates/index.html']) {
      const header = readDist(page).match(/<header class="site-header">[\s\S]*?<\/header>/)![0]
      expect(attributes(header, 'href'), page).toEqual(expect.arrayContaining([`${base}/metrics/`, `${base}/events/`]))
    }
    const main = readDist('index.html').match(/<main[\s\S]*<\/main>/)![0]
    expect(attributes(main, 'href')).toEqual(expect.arrayContaining([`${base}/metrics/`, `${base}/events/`]))
  })
})
