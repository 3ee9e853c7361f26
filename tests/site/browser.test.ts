// The built site in a real browser at phone and desktop widths: pages load without
// console errors, the headline is visible, nothing overflows sideways. Screenshots
// go to .screenshots/<page>-<width>.png for a human to look at.
import { existsSync, mkdirSync } from 'node:fs'
import type { Server } from 'node:http'
import { join } from 'node:path'
import { chromium, type Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { serve } from '../../scripts/serve.ts'
import { DIST, distBase, readDist } from './helpers.ts'

const CHROMIUM = '/usr/bin/chromium'
const SHOTS = join(import.meta.dirname, '..', '..', '.screenshots')
const WIDTHS = [390, 1280]

const haveChromium = existsSync(CHROMIUM)
if (!haveChromium && process.env.CI === 'true') {
  throw new Error(`${CHROMIUM} is missing; CI must install chromium (see .ci/run)`)
}
if (!haveChromium) console.warn(`browser tests skipped: no ${CHROMIUM} (apt-get install chromium)`)

function samplePages(): Record<string, string> {
  const archive = JSON.parse(readDist('data/archive.json'))
  // The source with the most stories shows the most of the layout.
  const source = [...archive.sources].sort((a, b) => b.articles.length - a.articles.length)[0]
  // An article with several block types (headings, captions, quotes) if there is one.
  const article = [...archive.articles].sort(
    (a, b) => new Set(b.blocks.map((x: { type: string }) => x.type)).size - new Set(a.blocks.map((x: { type: string }) => x.type)).size,
  )[0]
  return {
    home: '',
    source: `sources/${source.id}/`,
    article: article.url,
    '404': 'no-such-page/',
  }
}

describe.skipIf(!haveChromium)('site in Chromium', () => {
  let server: Server
  let root: string
  let browser: Browser

  beforeAll(async () => {
    const started = await serve({ root: DIST, base: distBase(), port: 0 })
    server = started.server
    root = started.url
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
        '--disable-component-update', '--disable-sync'],
    })
    mkdirSync(SHOTS, { recursive: true })
  })

  afterAll(async () => {
    await browser?.close()
    if (server) await new Promise((done) => server.close(done))
  })

  for (const [name, path] of Object.entries(samplePages())) {
    for (const width of WIDTHS) {
      it(`${name} at ${width}px`, async () => {
        const page = await browser.newPage({ viewport: { width, height: 900 } })
        const errors: string[] = []
        page.on('pageerror', (e) => errors.push(String(e)))
        page.on('console', (m) => {
          // The 404 page is itself served with status 404, which Chromium logs.
          if (m.type() === 'error' && !(name === '404' && /status of 404/.test(m.text()))) errors.push(m.text())
        })
        const response = await page.goto(root + path)
        expect(response?.status()).toBe(name === '404' ? 404 : 200)
        expect(await page.title()).toMatch(/嘉兴新闻档案/)
        await expect.poll(() => page.locator('h1').first().isVisible()).toBe(true)
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
        expect(overflow, 'horizontal overflow in px').toBeLessThanOrEqual(0)
        await page.screenshot({ path: join(SHOTS, `${name}-${width}.png`), fullPage: true })
        expect(errors).toEqual([])
        await page.close()
      })
    }
  }

  it('a block anchor scrolls to and highlights its block', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 800 }, colorScheme: 'dark' })
    const { article } = samplePages()
    await page.goto(`${root}${article}#b2`)
    const bg = await page.locator('#b2').evaluate((el) => getComputedStyle(el).backgroundColor)
    expect(bg).not.toBe('rgba(0, 0, 0, 0)')
    await page.screenshot({ path: join(SHOTS, 'article-390-dark.png') })
    await page.close()
  })
})
