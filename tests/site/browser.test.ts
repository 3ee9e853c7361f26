// The built site in a real browser at phone and desktop widths: pages load without
// console errors, the headline is visible, nothing overflows sideways. Screenshots
// go to .screenshots/<page>-<width>.png for a human to look at.
import { mkdirSync } from 'node:fs'
import type { Server } from 'node:http'
import { join } from 'node:path'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { serve } from '../../scripts/serve.ts'
import { haveChromium, launchChromium } from './chromium.ts'
import { DIST, distBase } from './helpers.ts'
import { samplePages } from './pages.ts'

const SHOTS = join(import.meta.dirname, '..', '..', '.screenshots')
const WIDTHS = [390, 1280]

describe.skipIf(!haveChromium)('site in Chromium', () => {
  let server: Server
  let root: string
  let browser: Browser

  beforeAll(async () => {
    const started = await serve({ root: DIST, base: distBase(), port: 0 })
    server = started.server
    root = started.url
    browser = await launchChromium()
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
        page.on('response', (r) => {
          if (r.status() >= 400 && r.request().resourceType() !== 'document') errors.push(`${r.status()} ${r.url()}`)
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

  it('the first Tab shows the skip link, which moves focus to the main content', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 800 } })
    await page.goto(root + samplePages()['article'])
    await page.keyboard.press('Tab')
    const skip = page.locator('.skip-link')
    await expect.poll(() => skip.evaluate((el) => el === document.activeElement)).toBe(true)
    const box = await skip.boundingBox()
    expect(box && box.y >= 0, 'skip link on screen when focused').toBe(true)
    const outline = await skip.evaluate((el) => getComputedStyle(el).outlineStyle)
    expect(outline).not.toBe('none')
    await page.keyboard.press('Enter')
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('main')
    await page.close()
  })

  it('follows the reader’s colour scheme', async () => {
    const colours: string[] = []
    for (const colorScheme of ['light', 'dark'] as const) {
      const page = await browser.newPage({ viewport: { width: 390, height: 800 }, colorScheme })
      await page.goto(root)
      colours.push(await page.evaluate(() => getComputedStyle(document.body).backgroundColor))
      await page.screenshot({ path: join(SHOTS, `home-390-${colorScheme}.png`) })
      await page.close()
    }
    expect(colours[0]).not.toBe(colours[1])
  })

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
