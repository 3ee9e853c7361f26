// The search as a reader uses it, in headless Chromium: the URL contract, the keyboard,
// an input method composing pinyin, text that looks like markup, no JavaScript, and what
// an article page loads before anyone searches.
import { execFile } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import type { Server } from 'node:http'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { gzipSync } from 'node:zlib'
import { chromium, type Browser, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { serve } from '../../scripts/serve.ts'
import { DIST, distBase, readDist } from '../site/helpers.ts'
import { openDistIndex } from './helpers.ts'

const CHROMIUM = '/usr/bin/chromium'
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']
const ROOT = join(import.meta.dirname, '..', '..')

const haveChromium = existsSync(CHROMIUM)
if (!haveChromium && process.env.CI === 'true') throw new Error(`${CHROMIUM} is missing; CI must install chromium (see .ci/run)`)

const hrefs = (page: Page, selector: string) => page.locator(selector).evaluateAll((as) => as.map((a) => a.getAttribute('href')))
const resultsShown = (page: Page) => page.waitForSelector('#search-results a[role="option"]', { timeout: 15_000 })

function articleUrl(): string {
  const archive = JSON.parse(readDist('data/archive.json'))
  return archive.articles[0].url
}

describe.skipIf(!haveChromium)('search in Chromium', () => {
  let server: Server
  let root: string
  let base: string
  let browser: Browser

  beforeAll(async () => {
    base = distBase()
    const started = await serve({ root: DIST, base, port: 0 })
    server = started.server
    root = started.url
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS })
  })

  afterAll(async () => {
    await browser?.close()
    if (server) await new Promise((done) => server.close(done))
  })

  async function open(path: string, options: { javaScriptEnabled?: boolean } = {}) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options })
    const page = await context.newPage()
    const errors: string[] = []
    page.on('pageerror', (e) => errors.push(String(e)))
    await page.goto(root + path)
    return { page, errors, close: () => context.close() }
  }

  it('renders /search/?q=… as links in ranked order, the same order as the search module', async () => {
    const q = '南湖机场'
    const { page, errors, close } = await open(`search/?q=${encodeURIComponent(q)}`)
    await resultsShown(page)
    const shown = await hrefs(page, '#search-results a')
    const expected = (await (await openDistIndex()).search(q)).groups.flatMap((g) => g.hits.map((h) => `${base}/${h.url}`))
    expect(shown).toEqual(expected)
    expect(shown.some((h) => /\/articles\/[^/]+-nanhu-jichang-[^/]+\/$/.test(h!))).toBe(true)
    expect(await page.inputValue('#search-page-input')).toBe(q)
    expect(await page.locator('#search-status').textContent()).toMatch(/找到 \d+ 条结果/)
    expect(await page.locator('#search-results mark').first().textContent()).toBe(q)
    expect(errors).toEqual([])
    await close()
  })

  it('keeps the query in the URL: typing replaces it, Enter adds a history entry, Back restores', async () => {
    const { page, close } = await open('search/')
    await expect.poll(() => page.locator('#search-start').isVisible()).toBe(true)
    const input = page.locator('#search-page-input')
    const q = () => new URL(page.url()).searchParams.get('q')
    await input.fill('秀湖')
    await expect.poll(q).toBe('秀湖')
    await input.press('Enter')
    await resultsShown(page)
    await input.fill('慈善')
    await expect.poll(q).toBe('慈善')
    await input.press('Enter')
    await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe('慈善')
    await expect.poll(async () => (await hrefs(page, '#search-results a'))[0]).toMatch(/cishan|juban/)
    await page.goBack()
    await expect.poll(() => input.inputValue()).toBe('秀湖')
    await expect.poll(async () => (await hrefs(page, '#search-results a'))[0]).toMatch(/xiu-hu/)
    await close()
  })

  it('/ focuses the search box; ↑/↓ move through results; Enter opens one; Esc clears', async () => {
    const { page, close } = await open(articleUrl())
    await page.keyboard.press('/')
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search-input')
    await page.keyboard.type('秀湖商务')
    await page.waitForSelector('#site-search-list a[role="option"]')
    const input = page.locator('#site-search-input')
    expect(await input.getAttribute('aria-expanded')).toBe('true')
    await page.keyboard.press('ArrowDown')
    const active = await input.getAttribute('aria-activedescendant')
    expect(active).toBeTruthy()
    expect(await page.locator(`#${active}`).getAttribute('aria-selected')).toBe('true')
    await page.keyboard.press('ArrowDown')
    await page.keyboard.press('ArrowUp')
    expect(await input.getAttribute('aria-activedescendant')).toBe(active)
    const target = await page.locator(`#${active}`).getAttribute('href')
    await Promise.all([page.waitForURL((u) => u.pathname === target), page.keyboard.press('Enter')])

    await page.keyboard.press('/')
    await page.keyboard.type('慈善')
    await page.waitForSelector('#site-search-list a[role="option"]')
    await page.keyboard.press('Escape')
    expect(await page.inputValue('#site-search-input')).toBe('')
    expect(await page.locator('#site-search-list').isHidden()).toBe(true)
    await close()
  })

  it('Esc on the search page clears the query, the results and the URL', async () => {
    const { page, close } = await open(`search/?q=${encodeURIComponent('慈善')}`)
    await resultsShown(page)
    await page.locator('#search-page-input').press('Escape')
    expect(await page.inputValue('#search-page-input')).toBe('')
    expect(await page.locator('#search-results a').count()).toBe(0)
    expect(new URL(page.url()).search).toBe('')
    expect(await page.locator('#search-start').isVisible()).toBe(true)
    await close()
  })

  for (const when of ['before', 'after'] as const) {
    it(`waits for the input method (${when} the search code has loaded): no search while pinyin is composed`, async () => {
      const { page, close } = await open(articleUrl())
      await page.evaluate(() => {
        ;(window as unknown as { searches: string[] }).searches = []
        document.addEventListener('search:results', (e) => (window as unknown as { searches: string[] }).searches.push((e as CustomEvent).detail.query))
      })
      const manifest = page.waitForResponse((r) => r.url().endsWith('/search/index/manifest.json'))
      await page.focus('#site-search-input')
      if (when === 'after') await manifest
      const cdp = await page.context().newCDPSession(page)
      for (const text of ['n', 'na', 'nan', 'nanh', 'nanhu']) {
        await cdp.send('Input.imeSetComposition', { text, selectionStart: text.length, selectionEnd: text.length })
      }
      await manifest
      await page.waitForTimeout(500)
      expect(await page.evaluate(() => (window as unknown as { searches: string[] }).searches)).toEqual([])
      await cdp.send('Input.insertText', { text: '南湖' })
      await page.waitForSelector('#site-search-list a[role="option"]')
      expect(await page.evaluate(() => (window as unknown as { searches: string[] }).searches)).toEqual(['南湖'])
      await close()
    })
  }

  it('shows a query or a text holding <script> as text, and runs nothing', async () => {
    const q = '<script>window.hacked=1</script><img src=x onerror="window.hacked=2">南湖'
    const { page, errors, close } = await open(`search/?q=${encodeURIComponent(q)}`)
    await expect.poll(() => page.locator('#search-status').textContent()).toContain('<script>')
    expect(await page.inputValue('#search-page-input')).toBe(q)
    expect(await page.evaluate(() => (window as unknown as { hacked?: number }).hacked)).toBeUndefined()
    expect(await page.locator('#search-results script, #search-results img, #search-none script').count()).toBe(0)
    expect(errors).toEqual([])
    await close()
  })

  it('offers examples when empty, and suggestions when nothing matches', async () => {
    const { page, close } = await open('search/')
    await expect.poll(() => page.locator('#search-start').isVisible()).toBe(true)
    expect(await page.locator('#search-start .search-examples a').count()).toBeGreaterThan(0)
    await page.locator('#search-page-input').fill('南湖飞艇')
    await expect.poll(() => page.locator('#search-none').isVisible()).toBe(true)
    expect(await page.locator('#search-status').textContent()).toContain('没有找到')
    expect(await page.locator('#search-suggestions a').allTextContents()).toContain('南湖')
    await close()
  })

  it('without JavaScript, says search needs it and links the index pages', async () => {
    const { page, close } = await open(`search/?q=${encodeURIComponent('南湖')}`, { javaScriptEnabled: false })
    const message = page.locator('.search-nojs')
    expect(await message.isVisible()).toBe(true)
    expect(await message.textContent()).toContain('JavaScript')
    expect(await hrefs(page, '.search-nojs a')).toContain(`${base}/`)
    expect(await page.locator('form.search-page').isVisible()).toBe(false)
    await close()
  })

  it('an article page loads only the small search loader until the reader focuses the box', async () => {
    const context = await browser.newContext()
    const page = await context.newPage()
    const requests: string[] = []
    page.on('request', (r) => requests.push(new URL(r.url()).pathname))
    await page.goto(root + articleUrl())
    await page.waitForLoadState('networkidle')
    expect(requests.filter((p) => p.includes('/search/index/'))).toEqual([])
    const scripts = requests.filter((p) => p.endsWith('.js'))
    const bytes = scripts.reduce((n, p) => n + gzipSync(readFileSync(join(DIST, p.slice(base.length)))).length, 0)
    expect(bytes, `JavaScript on an article page: ${scripts.join(', ')}`).toBeLessThanOrEqual(10 * 1024)
    await page.focus('#site-search-input')
    await expect.poll(() => requests.some((p) => p.endsWith('/search/index/manifest.json'))).toBe(true)
    await context.close()
  })

  it('passes axe with results open, on the page and in the header list', async () => {
    const axe = readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8')
    const { page, close } = await open(`search/?q=${encodeURIComponent('市产业集团')}`)
    await resultsShown(page)
    await page.locator('#site-search-input').fill('南湖')
    await page.waitForSelector('#site-search-list a[role="option"]')
    await page.addScriptTag({ content: axe })
    const violations = await page.evaluate(async () => {
      const r = await (window as unknown as { axe: { run: (o: unknown) => Promise<{ violations: { id: string; nodes: unknown[] }[] }> } }).axe.run({
        runOnly: ['wcag2a', 'wcag2aa', 'best-practice'],
      })
      return r.violations.map((v) => `${v.id} (${v.nodes.length})`)
    })
    expect(violations).toEqual([])
    await close()
  })
})

describe.skipIf(!haveChromium)('search under a sub-path', () => {
  const BASE = '/jx-archive'
  mkdirSync(join(ROOT, '.cache'), { recursive: true })
  const tmp = mkdtempSync(join(ROOT, '.cache', 'search-base-path-'))
  const out = join(tmp, 'dist')
  let server: Server
  let url: string
  let browser: Browser

  beforeAll(async () => {
    const env = { ...process.env }
    for (const key of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV', 'TEST']) delete env[key]
    for (const key of Object.keys(env)) if (key.startsWith('VITEST')) delete env[key]
    await promisify(execFile)(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', out], {
      cwd: ROOT,
      env: { ...env, BASE_PATH: BASE, ASTRO_CACHE_DIR: join(tmp, 'cache') },
    })
    ;({ server, url } = await serve({ root: out, base: BASE, port: 0 }))
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS })
  }, 180_000)

  afterAll(async () => {
    await browser?.close()
    if (server) await new Promise((done) => server.close(done))
    rmSync(tmp, { recursive: true, force: true })
  })

  it('fetches the index and links results under the base', async () => {
    const page = await browser.newPage()
    await page.goto(`${url}search/?q=${encodeURIComponent('南湖机场')}`)
    await resultsShown(page)
    const links = await hrefs(page, '#search-results a')
    expect(links.length).toBeGreaterThan(0)
    for (const href of links) expect(href!.startsWith(`${BASE}/`), href!).toBe(true)
    expect(links.some((h) => h!.startsWith(`${BASE}/articles/`))).toBe(true)
    await page.close()
  })
})
