// Reading a built site (dist/ or another outDir) the way a browser would follow it.
// Astro writes attributes with double quotes, so small regexes are enough here.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative, sep } from 'node:path'
import { normalizeBase } from '../../scripts/serve.ts'

export const DIST = join(import.meta.dirname, '..', '..', 'dist')

/** A file of the built site; a clear message when the site has not been built. */
export function readDist(path: string): string {
  const file = join(DIST, path)
  if (!existsSync(file)) throw new Error(`dist/${path} is missing: run \`npx astro build\` before the site tests`)
  return readFileSync(file, 'utf8')
}

/** The base the main dist/ was built with (same env variable as astro.config.mjs). */
export const distBase = () => normalizeBase(process.env.BASE_PATH)

export function filesUnder(dir: string, ext: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith(ext))
    .map((f) => join(dir, f))
    .sort()
}

/** URL path of a built file, as served under `base`: dist/a/index.html → /base/a/. */
export function pagePath(root: string, file: string, base: string): string {
  const rel = relative(root, file).split(sep).join('/')
  return `${base}/${rel.replace(/(^|\/)index\.html$/, '$1')}`
}

export function attributes(html: string, name: string): string[] {
  return [...html.matchAll(new RegExp(`\\s${name}="([^"]*)"`, 'g'))].map((m) => decodeEntities(m[1]!))
}

export const ids = (html: string) => new Set(attributes(html, 'id'))

export function decodeEntities(s: string): string {
  return s
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
}

/** The file a site-absolute URL path maps to, or null when the site has none. */
export function resolveToFile(root: string, base: string, urlPath: string): string | null {
  if (urlPath !== base && !urlPath.startsWith(`${base}/`)) return null
  const rel = decodeURIComponent(urlPath.slice(base.length)).replace(/^\/+/, '')
  const target = join(root, rel)
  if (!existsSync(target)) return null
  if (statSync(target).isDirectory()) {
    // Pages are directories with index.html and are linked with a trailing slash.
    return urlPath.endsWith('/') && existsSync(join(target, 'index.html')) ? join(target, 'index.html') : null
  }
  return target
}

export interface BrokenLink {
  page: string
  link: string
  reason: string
}

/** Every internal href/src of every page must reach a file (and an id, for #anchors). */
export function brokenLinks(root: string, base: string): BrokenLink[] {
  const broken: BrokenLink[] = []
  const idCache = new Map<string, Set<string>>()
  const idsOf = (file: string) => {
    if (!idCache.has(file)) idCache.set(file, ids(readFileSync(file, 'utf8')))
    return idCache.get(file)!
  }
  for (const file of filesUnder(root, '.html')) {
    const html = readFileSync(file, 'utf8')
    const page = pagePath(root, file, base)
    // The 404 page is served at any URL, so its links must not be page-relative.
    const links = [...attributes(html, 'href'), ...attributes(html, 'src')]
    for (const link of links) {
      if (/^[a-z][a-z0-9+.-]*:/i.test(link) || link.startsWith('//')) continue
      const url = new URL(link, `http://site${page}`)
      if (link.startsWith('#') || url.pathname === page) {
        if (url.hash && !idsOf(file).has(decodeURIComponent(url.hash.slice(1)))) {
          broken.push({ page, link, reason: 'no element with this id' })
        }
        continue
      }
      if (file.endsWith('404.html') && !link.startsWith('/')) {
        broken.push({ page, link, reason: 'relative link on the 404 page' })
        continue
      }
      const target = resolveToFile(root, base, url.pathname)
      if (!target) {
        broken.push({ page, link, reason: `no file for ${url.pathname}` })
      } else if (url.hash && target.endsWith('.html') && !idsOf(target).has(decodeURIComponent(url.hash.slice(1)))) {
        broken.push({ page, link, reason: 'target page has no such id' })
      }
    }
  }
  return broken
}

/** The HTML without the preview cards of mention links (hidden spans of spans). */
export const withoutCards = (html: string) => html.replace(/<span class="mention-card"[^>]*>(?:<span[^>]*>[^<]*<\/span>|[^<]+)*<\/span>/g, '')

/** Text of the element with this id, tags stripped, the § self-link and mention cards left out. */
export function blockText(html: string, id: string): string | null {
  const open = new RegExp(`<(\\w+)[^>]*\\sid="${id}"[^>]*>`).exec(html)
  if (!open) return null
  const tag = open[1]!
  const start = open.index + open[0].length
  const end = html.indexOf(`</${tag}>`, start)
  const inner = withoutCards(html.slice(start, end)).replace(/<a class="block-anchor"[^>]*>.*?<\/a>/g, '')
  return decodeEntities(inner.replace(/<[^>]+>/g, '')).trim()
}
