// The figures explorer and the events timeline in Chromium: the filters narrow the
// list, the URL follows, Back restores, a shared URL opens filtered, the columns
// sort; without JavaScript everything is shown.
import type { Server } from 'node:http'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { serve } from '../../scripts/serve.ts'
import { haveChromium, launchChromium } from './chromium.ts'
import { DIST, distBase, readDist } from './helpers.ts'

interface Exported {
  metrics: { id: string; subject: { collection: string; id: string } | null; subjectText: string | null; normalized: { value: number; unit: string } }[]
  events: { id: string; type: string; participants: { collection: string; id: string }[] }[]
}
const archive = JSON.parse(readDist('data/archive.json')) as Exported

/** The most common value: a filter that keeps several items but not all. */
function mostCommon(values: string[]): string {
  const counts = new Map<string, number>()
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1)
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0]
}

const visible = (page: Page, selector: string) =>
  page.$$eval(selector, (els) => els.filter((el) => (el as HTMLElement).offsetParent !== null).map((el) => el.id))
const query = (page: Page) => new URL(page.url()).search

describe.skipIf(!haveChromium)('explorers in Chromium', () => {
  let server: Server
  let root: string
  let browser: Browser

  beforeAll(async () => {
    ;({ server, url: root } = await serve({ root: DIST, base: distBase(), port: 0 }))
    browser = await launchChromium()
  })

  afterAll(async () => {
    await browser?.close()
    if (server) await new Promise((done) => server.close(done))
  })

  const rowsOf = (ids: string[]) => ids.map((id) => `figure-${id}`).sort()

  it('figures: a unit then a subject narrow the table, the URL follows, Back undoes each step', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
    await page.goto(`${root}metrics/`)
    const all = rowsOf(archive.metrics.map((m) => m.id))
    await expect.poll(() => page.locator('[data-filters]').isVisible()).toBe(true)
    expect((await visible(page, 'tbody tr')).sort()).toEqual(all)

    const unit = mostCommon(archive.metrics.map((m) => m.normalized.unit))
    const ofUnit = archive.metrics.filter((m) => m.normalized.unit === unit)
    await page.selectOption('select[name="unit"]', unit)
    expect((await visible(page, 'tbody tr')).sort()).toEqual(rowsOf(ofUnit.map((m) => m.id)))
    expect(new URLSearchParams(query(page)).get('unit')).toBe(unit)
    await expect.poll(() => page.locator('[role="status"]').textContent()).toBe(`显示 ${ofUnit.length} / ${all.length} 条`)

    const subjectOf = (m: Exported['metrics'][number]) => (m.subject ? `${m.subject.collection}/${m.subject.id}` : null)
    const subject = mostCommon(ofUnit.map(subjectOf).filter((s): s is string => !!s))
    await page.selectOption('select[name="subject"]', subject)
    const both = ofUnit.filter((m) => subjectOf(m) === subject)
    expect((await visible(page, 'tbody tr')).sort()).toEqual(rowsOf(both.map((m) => m.id)))
    expect(Object.fromEntries(new URLSearchParams(query(page)))).toEqual({ subject, unit })

    await page.goBack()
    await expect.poll(async () => (await visible(page, 'tbody tr')).length).toBe(ofUnit.length)
    expect(await page.inputValue('select[name="subject"]')).toBe('')
    expect(await page.inputValue('select[name="unit"]')).toBe(unit)
    await page.goBack()
    await expect.poll(async () => (await visible(page, 'tbody tr')).length).toBe(all.length)
    expect(query(page)).toBe('')
    await page.close()
  })

  it('figures: a shared URL opens filtered; the keyword box and the reset button work', async () => {
    const subject = mostCommon(archive.metrics.filter((m) => m.subject).map((m) => `${m.subject!.collection}/${m.subject!.id}`))
    const expected = rowsOf(archive.metrics.filter((m) => m.subject && `${m.subject.collection}/${m.subject.id}` === subject).map((m) => m.id))
    const page = await browser.newPage({ viewport: { width: 390, height: 800 } })
    await page.goto(`${root}metrics/?subject=${encodeURIComponent(subject)}`)
    await expect.poll(async () => (await visible(page, 'tbody tr')).sort()).toEqual(expected)
    expect(await page.inputValue('select[name="subject"]')).toBe(subject)

    await page.click('[data-reset]')
    await expect.poll(async () => (await visible(page, 'tbody tr')).length).toBe(archive.metrics.length)
    // a keyword from the first row's quote keeps that row
    const firstQuote = (await page.locator('tbody tr .figure-quote').first().textContent())!.trim().slice(0, 6)
    await page.fill('[data-filters] input[name="q"]', firstQuote)
    const rows = await page.$$eval('tbody tr:not([hidden]) .figure-quote', (els) => els.map((e) => e.textContent!))
    expect(rows.length).toBeGreaterThan(0)
    for (const quote of rows) expect(quote).toContain(firstQuote)
    expect(new URLSearchParams(query(page)).get('q')).toBe(firstQuote)
    await page.close()
  })

  it('figures: the value column sorts by normalised value both ways, with aria-sort and in the URL', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
    await page.goto(`${root}metrics/`)
    const header = page.locator('thead th[data-sort="value"]')
    const values = () => page.$$eval('tbody tr > :first-child', (cells) => cells.map((c) => Number((c as HTMLElement).dataset['value'])))
    await header.locator('button').click()
    await expect.poll(() => header.getAttribute('aria-sort')).toBe('ascending')
    const asc = await values()
    expect(asc).toEqual([...asc].sort((a, b) => a - b))
    await header.locator('button').click()
    await expect.poll(() => header.getAttribute('aria-sort')).toBe('descending')
    const desc = await values()
    expect(desc).toEqual([...desc].sort((a, b) => b - a))
    expect(Object.fromEntries(new URLSearchParams(query(page)))).toEqual({ sort: 'value', order: 'desc' })
    await page.goBack()
    await expect.poll(() => header.getAttribute('aria-sort')).toBe('ascending')
    await page.close()
  })

  it('timeline: the type filter shows only that type, hides empty months, and Back restores', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 800 } })
    await page.goto(`${root}events/`)
    await expect.poll(() => page.locator('[data-filters]').isVisible()).toBe(true)
    const type = mostCommon(archive.events.map((e) => e.type))
    await page.selectOption('select[name="type"]', type)
    const expected = archive.events.filter((e) => e.type === type).map((e) => `event-${e.id}`).sort()
    expect((await visible(page, 'li.event')).sort()).toEqual(expected)
    expect(new URLSearchParams(query(page)).get('type')).toBe(type)
    // every month still shown has an event left in it
    const emptyShown = await page.$$eval('.timeline-month', (months) =>
      months.filter((m) => (m as HTMLElement).offsetParent !== null && !m.querySelector('li.event:not([hidden])')).length)
    expect(emptyShown).toBe(0)
    await page.goBack()
    await expect.poll(async () => (await visible(page, 'li.event')).length).toBe(archive.events.length)
    expect(await page.inputValue('select[name="type"]')).toBe('')
    await page.close()
  })

  it('timeline: the participant filter shows the events of that enterprise or project', async () => {
    const keyed = archive.events.flatMap((e) => e.participants.map((p) => `${p.collection}/${p.id}`))
    if (keyed.length === 0) return
    const entity = mostCommon(keyed)
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
    await page.goto(`${root}events/?entity=${encodeURIComponent(entity)}`)
    const expected = archive.events.filter((e) => e.participants.some((p) => `${p.collection}/${p.id}` === entity)).map((e) => `event-${e.id}`).sort()
    await expect.poll(async () => (await visible(page, 'li.event')).sort()).toEqual(expected)
    await page.close()
  })

  it('without JavaScript every figure and event is shown and no filter is offered', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 800 } })
    const page = await context.newPage()
    await page.goto(`${root}metrics/?unit=CNY`)
    expect(await visible(page, 'tbody tr')).toHaveLength(archive.metrics.length)
    expect(await page.locator('[data-filters]').isVisible()).toBe(false)
    await page.goto(`${root}events/`)
    expect(await visible(page, 'li.event')).toHaveLength(archive.events.length)
    await context.close()
  })

  it('the table region scrolls sideways on a phone and can be reached with the keyboard', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 800 } })
    await page.goto(`${root}metrics/`)
    const region = page.locator('.table-scroll')
    const { scrollable, name, tabindex } = await region.evaluate((el) => ({
      scrollable: el.scrollWidth > el.clientWidth,
      name: document.getElementById(el.getAttribute('aria-labelledby')!)?.textContent,
      tabindex: el.getAttribute('tabindex'),
    }))
    expect(scrollable).toBe(true)
    expect(name).toBeTruthy()
    expect(tabindex).toBe('0')
    await region.focus()
    await page.keyboard.press('ArrowRight')
    await expect.poll(() => region.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0)
    await page.close()
  })
})
