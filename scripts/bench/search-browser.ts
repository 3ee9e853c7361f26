/**
 * The search as a reader meets it, in headless Chromium: from the first focus of the
 * header box to the first result, then a fixed set of queries on the search page. The
 * same for Pagefind's JavaScript API over the same pages. Bytes are what each file
 * weighs gzipped (as a host would send it), counted for every file the browser fetched.
 */
import { readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'

const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']

export const launch = (): Promise<Browser> => chromium.launch({ executablePath: '/usr/bin/chromium', args: ARGS })

export interface Measured {
  /** gzipped bytes of every file fetched from the first focus to the first result (page's own script included) */
  firstBytes: number
  firstRequests: number
  /** ms from the first focus to the first result on screen */
  firstMs: number
  latency: { p50: number; p95: number; max: number }
  /** gzipped bytes fetched per later query */
  queryBytes: { p50: number; p95: number; max: number }
  /** main-thread tasks over 50 ms while searching */
  longTasks: { count: number; maxMs: number }
}

const gzCache = new Map<string, number>()
/** Gzipped size of a built file (level 6, what hosts commonly use). */
export function gzipBytes(file: string): number {
  let n = gzCache.get(file)
  if (n === undefined) {
    n = statSync(file).isFile() ? gzipSync(readFileSync(file)).length : 0
    gzCache.set(file, n)
  }
  return n
}

export function quantiles(xs: number[]): { p50: number; p95: number; max: number } {
  const s = [...xs].sort((a, b) => a - b)
  const at = (q: number) => s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)] ?? 0
  return { p50: round(at(0.5)), p95: round(at(0.95)), max: round(s.at(-1) ?? 0) }
}

const round = (x: number) => Math.round(x * 10) / 10

/** Records fetched files (by path under the site) and long tasks; reads both back. */
async function instrument(context: BrowserContext, dist: string, base: string) {
  const fetched: { path: string; at: number }[] = []
  context.on('requestfinished', (r) => {
    const url = new URL(r.url())
    fetched.push({ path: decodeURIComponent(url.pathname), at: Date.now() })
  })
  await context.addInitScript(() => {
    const w = window as unknown as { longTasks: number[]; results: { q: string; t: number }[] }
    w.longTasks = []
    w.results = []
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.longTasks.push(e.duration)
    }).observe({ type: 'longtask', buffered: true })
    document.addEventListener('search:results', (e) => w.results.push({ q: (e as CustomEvent).detail.query, t: performance.now() }))
    // When the reader pressed Enter, by the event's own clock (no round trip of the driver).
    document.addEventListener('keydown', (e) => e.key === 'Enter' && ((window as unknown as { enterAt: number }).enterAt = e.timeStamp), true)
  })
  const bytes = (paths: string[]) => paths.reduce((n, p) => n + gzipBytes(join(dist, p.slice(base.length))), 0)
  return { fetched, bytes }
}

const longTasks = async (page: Page) => {
  const tasks = await page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks)
  return { count: tasks.filter((d) => d > 50).length, maxMs: round(Math.max(0, ...tasks)) }
}

/** Median of `runs` cold starts (fresh browser context each), and the full measurement of the last. */
export async function repeated(runs: number, once: () => Promise<Measured>): Promise<Measured & { firstMsRuns: number[] }> {
  const all: Measured[] = []
  for (let i = 0; i < runs; i++) all.push(await once())
  const firstMsRuns = all.map((m) => m.firstMs)
  return { ...all.at(-1)!, firstMs: quantiles(firstMsRuns).p50, firstMsRuns }
}

/** This archive's search: header box on an article page, then the search page. */
export async function measureOurs(browser: Browser, site: string, dist: string, base: string, article: string, queries: string[], later = true): Promise<Measured> {
  const context = await browser.newContext()
  const { fetched, bytes } = await instrument(context, dist, base)
  const page = await context.newPage()
  await page.goto(site + article, { waitUntil: 'networkidle' })
  const pageScripts = fetched.filter((f) => f.path.endsWith('.js')).map((f) => f.path)
  const before = fetched.length
  const first = queries[0]!
  const focusAt = await page.evaluate(() => {
    const t = performance.now()
    document.querySelector<HTMLInputElement>('#site-search-input')!.focus()
    return t
  })
  await page.keyboard.type(first)
  await page.waitForFunction((q) => (window as unknown as { results: { q: string }[] }).results.some((r) => r.q === q), first, { timeout: 60_000 })
  const firstAt = await page.evaluate((q) => (window as unknown as { results: { q: string; t: number }[] }).results.find((r) => r.q === q)!.t, first)
  const firstPaths = [...pageScripts, ...fetched.slice(before).map((f) => f.path)]
  const tasks1 = await longTasks(page)
  const firstOnly = { firstBytes: bytes(firstPaths), firstRequests: firstPaths.length, firstMs: round(firstAt - focusAt) }
  if (!later) {
    await context.close()
    return { ...firstOnly, latency: quantiles([]), queryBytes: quantiles([]), longTasks: tasks1 }
  }

  // Later queries: the search page (all groups, ten results each), one query after
  // another, each committed with Enter. Its first query opens the index again in the
  // page's own worker, so it is the warm-up, not one of the measured.
  const search = await context.newPage()
  await search.goto(`${site}search/`, { waitUntil: 'networkidle' })
  const input = search.locator('#search-page-input')
  const times: number[] = []
  const perQuery: number[] = []
  for (const [i, q] of [first, ...queries].entries()) {
    await input.fill(q)
    const mark = fetched.length
    await input.press('Enter')
    await search.waitForFunction((query) => (window as unknown as { results: { q: string }[] }).results.some((r) => r.q === query), q, { timeout: 60_000 })
    const ms = await search.evaluate(
      (query) => (window as unknown as { results: { q: string; t: number }[] }).results.filter((r) => r.q === query).at(-1)!.t - (window as unknown as { enterAt: number }).enterAt,
      q,
    )
    if (i > 0) {
      times.push(ms)
      perQuery.push(bytes(fetched.slice(mark).map((f) => f.path)))
    }
    await search.evaluate(() => ((window as unknown as { results: unknown[] }).results = []))
  }
  const tasks2 = await longTasks(search)
  await context.close()
  return {
    ...firstOnly,
    latency: quantiles(times),
    queryBytes: quantiles(perQuery),
    longTasks: { count: tasks1.count + tasks2.count, maxMs: Math.max(tasks1.maxMs, tasks2.maxMs) },
  }
}

/** Pagefind's own JavaScript API over the same pages: search, then the data of the first five results (what its UI shows first). */
export async function measurePagefind(browser: Browser, site: string, dist: string, base: string, article: string, queries: string[], later = true): Promise<Measured> {
  const context = await browser.newContext()
  const { fetched, bytes } = await instrument(context, dist, base)
  const page = await context.newPage()
  await page.goto(site + article, { waitUntil: 'networkidle' })
  const before = fetched.length
  const bundle = `${base}/pagefind/pagefind.js`
  const run = (q: string, init: boolean) =>
    page.evaluate(
      async ({ q, init, bundle }) => {
        const w = window as unknown as { pagefind?: { init(): Promise<void>; search(q: string): Promise<{ results: { data(): Promise<{ url: string }> }[] }> } }
        const t = performance.now()
        if (init) {
          w.pagefind = await import(bundle)
          await w.pagefind!.init()
        }
        const r = await w.pagefind!.search(q)
        await Promise.all(r.results.slice(0, 5).map((x) => x.data()))
        return performance.now() - t
      },
      { q, init, bundle },
    )
  const firstMs = await run(queries[0]!, true)
  const firstPaths = fetched.slice(before).map((f) => f.path)
  const times: number[] = []
  const perQuery: number[] = []
  for (const q of later ? queries : []) {
    const mark = fetched.length
    times.push(await run(q, false))
    perQuery.push(bytes(fetched.slice(mark).map((f) => f.path)))
  }
  const tasks = await longTasks(page)
  await context.close()
  return {
    firstBytes: bytes(firstPaths),
    firstRequests: firstPaths.length,
    firstMs: round(firstMs),
    latency: quantiles(times),
    queryBytes: quantiles(perQuery),
    longTasks: tasks,
  }
}

/** Which of `urls` Pagefind returns for `phrase` (all its results, not only the first page). */
export async function pagefindFinds(page: Page, base: string, phrase: string): Promise<string[]> {
  return page.evaluate(
    async ({ phrase, bundle }) => {
      const w = window as unknown as { pagefind?: { init(): Promise<void>; search(q: string): Promise<{ results: { data(): Promise<{ url: string }> }[] }> } }
      if (!w.pagefind) {
        w.pagefind = await import(bundle)
        await w.pagefind!.init()
      }
      const r = await w.pagefind!.search(phrase)
      return Promise.all(r.results.slice(0, 400).map(async (x) => (await x.data()).url))
    },
    { phrase, bundle: `${base}/pagefind/pagefind.js` },
  )
}
