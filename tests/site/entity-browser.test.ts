// Mentions in a real browser: from a story to an enterprise or project page and
// back to the paragraph through a quoted sentence; the preview card on hover and
// on keyboard focus, dismissed by Escape, inside the screen at phone width.
import { readdirSync } from 'node:fs'
import type { Server } from 'node:http'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { serve } from '../../scripts/serve.ts'
import { haveChromium, launchChromium } from './chromium.ts'
import { DIST, distBase, readDist } from './helpers.ts'

/** The story with the most mention links: the one a reader would try this on. */
function storyWithMentions(): string {
  const counts = readdirSync(join(DIST, 'articles'))
    .map((id) => ({ id, n: (readDist(`articles/${id}/index.html`).match(/class="mention"/g) ?? []).length }))
    .sort((a, b) => b.n - a.n || (a.id < b.id ? -1 : 1))
  if (!counts[0]?.n) throw new Error('no story in dist/ links a mention')
  return `articles/${counts[0].id}/`
}

/** Clicks where a reader would: on the first line of a link that may wrap. */
async function clickFirstLine(page: Page, selector: string) {
  const at = await page.locator(selector).first().evaluate((a) => {
    a.scrollIntoView({ block: 'center' })
    const r = a.getClientRects()[0]!
    return { x: r.left + Math.min(r.width / 2, 20), y: r.top + r.height / 2 }
  })
  await page.mouse.click(at.x, at.y)
}

const cardOf = (page: Page, n: number) => page.locator('.article-body a.mention').nth(n).locator('.mention-card')

describe.skipIf(!haveChromium)('mentions in Chromium', () => {
  let server: Server
  let root: string
  let browser: Browser
  let story: string

  beforeAll(async () => {
    ;({ server, url: root } = await serve({ root: DIST, base: distBase(), port: 0 }))
    browser = await launchChromium()
    story = storyWithMentions()
  })

  afterAll(async () => {
    await browser?.close()
    if (server) await new Promise((done) => server.close(done))
  })

  it('follows a mention to its page and a quoted sentence back to the paragraph', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
    await page.goto(root + story)
    const link = page.locator('.article-body a.mention').first()
    const name = (await link.evaluate((a) => a.firstChild?.textContent ?? '')).trim()
    const block = await link.evaluate((a) => a.closest('.block')?.id ?? '')
    expect(name).not.toBe('')
    await clickFirstLine(page, '.article-body a.mention')
    await page.waitForURL(/\/(enterprises|projects)\/[^/]+\/$/)
    await expect.poll(() => page.locator('h1').isVisible()).toBe(true)

    // the sentence quoted from this story's paragraph links back to it
    const storyPath = new URL(root + story).pathname
    const quote = `.quotes a[href="${storyPath}#${block}"]`
    expect(await page.locator(quote).first().textContent()).toContain(name)
    await clickFirstLine(page, quote)
    await page.waitForURL((url) => url.pathname === storyPath && url.hash === `#${block}`)
    const target = page.locator(`#${block}`)
    expect(await target.evaluate((el) => el.matches(':target'))).toBe(true)
    expect(await target.textContent()).toContain(name)
    const box = await target.boundingBox()
    expect(box && box.y >= 0 && box.y < 900, 'paragraph scrolled into view').toBe(true)
    await page.close()
  })

  it('shows the card on hover, and hides it when the pointer leaves', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
    await page.goto(root + story)
    const card = cardOf(page, 0)
    expect(await card.isVisible()).toBe(false)
    await page.locator('.article-body a.mention').first().hover()
    await expect.poll(() => card.isVisible()).toBe(true)
    const text = await card.textContent()
    // name, kind and counts, read from the same entity the link goes to
    expect(text).toMatch(/提及\d+处 · \d+篇报道/)
    await page.mouse.move(5, 5)
    await expect.poll(() => card.isVisible()).toBe(false)
    await page.close()
  })

  for (const width of [390, 1280]) {
    it(`shows the card on keyboard focus inside the screen at ${width}px; Escape dismisses it`, async () => {
      const page = await browser.newPage({ viewport: { width, height: 800 } })
      await page.goto(root + story)
      for (let i = 0; i < 80; i++) {
        await page.keyboard.press('Tab')
        if (await page.evaluate(() => document.activeElement?.classList.contains('mention'))) break
      }
      const focused = page.locator('a.mention:focus')
      expect(await focused.count(), 'Tab reaches a mention').toBe(1)
      const card = focused.locator('.mention-card')
      await expect.poll(() => card.isVisible()).toBe(true)
      const box = (await card.boundingBox())!
      expect(box.x).toBeGreaterThanOrEqual(0)
      expect(box.x + box.width).toBeLessThanOrEqual(width)
      // the card is the link's description, and not part of its name
      const described = await focused.getAttribute('aria-describedby')
      expect(await card.getAttribute('id')).toBe(described)
      expect(await card.getAttribute('aria-hidden')).toBe('true')
      await page.keyboard.press('Escape')
      await expect.poll(() => card.isVisible()).toBe(false)
      expect(await page.evaluate(() => document.activeElement?.classList.contains('mention'))).toBe(true)
      // moving on brings the next card back
      await page.keyboard.press('Tab')
      if (await page.evaluate(() => document.activeElement?.classList.contains('mention'))) {
        await expect.poll(() => page.locator('a.mention:focus .mention-card').isVisible()).toBe(true)
      }
      await page.close()
    })
  }

  it('the aside links each figure and event to a paragraph of the story', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
    await page.goto(root + story)
    const links = page.locator('.story-aside :is(.aside-figures, .aside-events) a')
    const n = await links.count()
    for (let i = 0; i < n; i++) {
      const href = (await links.nth(i).getAttribute('href'))!
      expect(href).toMatch(/^#b\d+$/)
      expect(await page.locator(href).count(), href).toBe(1)
    }
    await page.close()
  })

  it('every node of the relations graph is a link to an entity page', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 800 } })
    await page.goto(`${root}relations/`)
    const nodes = page.locator('svg.relation-graph a')
    expect(await nodes.count()).toBeGreaterThan(0)
    const hrefs = await nodes.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''))
    for (const href of hrefs) expect(href).toMatch(/\/(enterprises|projects)\/[^/]+\/$/)
    // a narrow screen scrolls the drawing, not the page
    expect(await page.evaluate(() => document.documentElement.scrollWidth - innerWidth)).toBeLessThanOrEqual(0)
    expect(await page.locator('.graph-scroll').evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true)
    await page.close()
  })
})
