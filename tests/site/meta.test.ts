// What other sites and crawlers read: canonical URLs, Open Graph and Twitter cards
// (with their images), the RSS feed, the sitemap and robots.txt.
import { getCollection } from 'astro:content'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import sharp from 'sharp'
import { describe, expect, it } from 'vitest'
import { decodeEntities, DIST, distBase, filesUnder, pagePath, readDist, resolveToFile } from './helpers.ts'

const SITE = process.env.SITE_URL ?? 'https://example.org'
const base = distBase()
const pages = () => filesUnder(DIST, '.html')

/** <meta property|name="key" content="…">, first match. */
function meta(html: string, key: string): string | null {
  const m = new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)"`).exec(html)
  return m ? decodeEntities(m[1]!) : null
}

/** The dist/ file an absolute URL of this site points to. */
function fileFor(url: string): string | null {
  const u = new URL(url)
  if (u.origin !== new URL(SITE).origin) return null
  return resolveToFile(DIST, base, u.pathname)
}

describe('social cards and canonical URLs', () => {
  it('every page has a title, description, image and Twitter card', () => {
    for (const file of pages()) {
      const html = readFileSync(file, 'utf8')
      const where = pagePath(DIST, file, base)
      for (const key of ['og:title', 'og:description', 'og:image', 'og:image:alt', 'og:type', 'og:site_name', 'twitter:card', 'twitter:image']) {
        expect(meta(html, key), `${where} ${key}`).toBeTruthy()
      }
      expect(meta(html, 'twitter:card')).toBe('summary_large_image')
      const image = meta(html, 'og:image')!
      expect(image, `${where} og:image is absolute`).toMatch(/^https?:\/\//)
      expect(fileFor(image), `${where} og:image ${image} is in dist`).toMatch(/\.png$/)
    }
  })

  it('every page but the 404 names its own URL as canonical, also as og:url', () => {
    for (const file of pages()) {
      const html = readFileSync(file, 'utf8')
      const where = pagePath(DIST, file, base)
      const canonical = /<link rel="canonical" href="([^"]*)"/.exec(html)?.[1]
      if (file.endsWith('404.html')) {
        expect(canonical, '404 has no canonical').toBeUndefined()
        continue
      }
      expect(canonical, where).toBe(new URL(where, SITE).href)
      expect(meta(html, 'og:url'), where).toBe(canonical)
    }
  })

  it('a story’s card is its own 1200×630 PNG, and the page is an og:article', async () => {
    const articles = await getCollection('articles')
    for (const article of articles) {
      const html = readDist(`articles/${article.id}/index.html`)
      expect(meta(html, 'og:type')).toBe('article')
      const image = meta(html, 'og:image')!
      expect(image.endsWith(`/og/articles/${article.id}.png`), image).toBe(true)
      expect(meta(html, 'og:image:alt'), article.id).toContain(article.data.title)
      const png = fileFor(image)!
      const { width, height, format } = await sharp(png).metadata()
      expect({ width, height, format }, article.id).toEqual({ width: 1200, height: 630, format: 'png' })
    }
  })
})

describe('RSS feed', () => {
  const feed = () => readDist('rss.xml')
  const items = () => [...feed().matchAll(/<item>([\s\S]*?)<\/item>/g)].map((m) => m[1]!)

  it('is announced on every page', () => {
    for (const file of pages()) {
      expect(readFileSync(file, 'utf8'), file).toContain(`<link rel="alternate" type="application/rss+xml"`)
    }
  })

  it('lists the newest stories, each linking to its page', async () => {
    const count = (await getCollection('articles')).filter((a) => a.data.date).length
    expect(feed()).toMatch(/<rss[^>]+version="2.0"/)
    expect(feed()).toContain('<language>zh-CN</language>')
    expect(items().length).toBe(Math.min(50, count))
    for (const item of items()) {
      const link = /<link>([^<]+)<\/link>/.exec(item)?.[1]
      expect(link && fileFor(link), `${link} is a page`).toMatch(/index\.html$/)
      expect(item).toMatch(/<title>[^<]+<\/title>/)
    }
  })

  it('gives a pubDate only to stories dated to the day', async () => {
    const byUrl = new Map((await getCollection('articles')).map((a) => [new URL(`${base}/articles/${a.id}/`, SITE).href, a]))
    for (const item of items()) {
      const article = byUrl.get(/<link>([^<]+)<\/link>/.exec(item)![1]!)!
      const toDay = /^\d{4}-\d{2}-\d{2}$/.test(article.data.date?.value ?? '')
      expect(item.includes('<pubDate>'), article.id).toBe(toDay)
    }
  })
})

describe('sitemap and robots.txt', () => {
  it('the sitemap lists every page but the 404, with absolute URLs', () => {
    const index = readDist('sitemap-index.xml')
    const maps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!)
    expect(maps.length).toBeGreaterThan(0)
    const listed = new Set(
      maps.flatMap((url) => [...readFileSync(fileFor(url)!, 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!)),
    )
    const expected = pages()
      .filter((f) => !f.endsWith('404.html'))
      .map((f) => new URL(pagePath(DIST, f, base), SITE).href)
    expect([...listed].sort()).toEqual(expected.sort())
  })

  it('robots.txt allows crawling and points to the sitemap', () => {
    const robots = readDist('robots.txt')
    expect(robots).toMatch(/^User-agent: \*$/m)
    const sitemap = /^Sitemap: (\S+)$/m.exec(robots)?.[1]
    expect(sitemap).toBe(new URL(`${base}/sitemap-index.xml`, SITE).href)
    expect(existsSync(join(DIST, 'sitemap-index.xml'))).toBe(true)
  })
})
