// npm run budget — page weight budgets, measured over the built site (dist/):
//
//   - an article page's HTML minus the article's own text ≤ 60 KB: what the page
//     adds around the story (head, header, navigation, markup) stays small however
//     long the story is;
//   - JavaScript on an article or entity page ≤ 10 KB gzipped (scripts it loads
//     and inline scripts);
//   - no render-blocking request to another origin: no third-party stylesheet or
//     synchronous script in any page, and none of our CSS imports one.
//
// Prints a table and exits 1 when a budget is exceeded.
//
//   node scripts/budget.ts [dist]
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative, resolve, sep } from 'node:path'
import { gzipSync } from 'node:zlib'

const KB = 1024
const BUDGET = { articleOverheadKB: 60, jsGzipKB: 10 }

export interface PageMeasure {
  page: string
  htmlBytes: number
  textBytes: number
  overheadBytes: number
  jsGzipBytes: number
}

interface ExportedArticle {
  url: string
  title: string
  subtitle: string | null
  section: string | null
  bylines: { role: string; name: string }[]
  credit: string | null
  continued: string | null
  blocks: { text: string }[]
}

const bytes = (s: string | null | undefined) => Buffer.byteLength(s ?? '', 'utf8')

/** The story's own words, once each: headline, deck, section, bylines, notes, body. */
export function articleTextBytes(a: ExportedArticle): number {
  return (
    bytes(a.title) + bytes(a.subtitle) + bytes(a.section) + bytes(a.credit) + bytes(a.continued) +
    a.bylines.reduce((n, b) => n + bytes(b.role) + bytes(b.name), 0) +
    a.blocks.reduce((n, b) => n + bytes(b.text), 0)
  )
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html'))
    .map((f) => join(dir, f))
    .sort()
}

const attr = (tag: string, name: string) => new RegExp(`\\s${name}(?:="([^"]*)")?`, 'i').exec(tag)

/** The file in dist/ a same-site URL path points to, tolerating any base prefix. */
function localFile(dist: string, path: string): string | null {
  const parts = path.split('?')[0]!.split('/').filter(Boolean)
  // Under a sub-path the base comes first; try dropping leading segments.
  for (let i = 0; i <= parts.length; i++) {
    const file = join(dist, ...parts.slice(i))
    if (existsSync(file) && statSync(file).isFile()) return file
  }
  return null
}

const isExternal = (url: string) => /^(https?:)?\/\//i.test(url)

/** Gzipped bytes of the scripts a page runs: external files it loads and inline code. */
export function pageJsGzip(dist: string, html: string): number {
  let total = 0
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const tag = m[1]!
    const type = attr(tag, 'type')?.[1]
    if (type && !/javascript|module/i.test(type)) continue // JSON-LD and other data
    const src = attr(tag, 'src')?.[1]
    if (src) {
      const file = isExternal(src) ? null : localFile(dist, src)
      if (file) total += gzipSync(readFileSync(file)).length
    } else if (m[2]!.trim()) {
      total += gzipSync(m[2]!).length
    }
  }
  return total
}

/** Third-party requests that hold up the first render: stylesheets, sync scripts, CSS @import. */
export function renderBlockingThirdParty(dist: string, html: string): string[] {
  const found: string[] = []
  const head = html.split(/<body\b/i)[0] ?? ''
  for (const m of html.matchAll(/<link\b[^>]*>/gi)) {
    const rel = attr(m[0], 'rel')?.[1] ?? ''
    const href = attr(m[0], 'href')?.[1] ?? ''
    const media = attr(m[0], 'media')?.[1]
    if (/\bstylesheet\b/i.test(rel) && isExternal(href) && (!media || media === 'all')) found.push(`stylesheet ${href}`)
  }
  for (const m of head.matchAll(/<script\b([^>]*)>/gi)) {
    const src = attr(m[1]!, 'src')?.[1] ?? ''
    const deferred = attr(m[1]!, 'async') || attr(m[1]!, 'defer') || /module/i.test(attr(m[1]!, 'type')?.[1] ?? '')
    if (isExternal(src) && !deferred) found.push(`script ${src}`)
  }
  const css = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)].map((m) => m[1]!)
  for (const m of html.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*>/gi)) {
    const href = attr(m[0], 'href')?.[1] ?? ''
    const file = isExternal(href) ? null : localFile(dist, href)
    if (file) css.push(readFileSync(file, 'utf8'))
  }
  for (const sheet of css) {
    for (const m of sheet.matchAll(/@import\s+(?:url\()?["']?([^"')\s;]+)/gi)) if (isExternal(m[1]!)) found.push(`@import ${m[1]}`)
    for (const m of sheet.matchAll(/@font-face[^}]*url\(["']?((?:https?:)?\/\/[^"')]+)/gi)) found.push(`font ${m[1]}`)
  }
  return found
}

export interface BudgetReport {
  articles: PageMeasure[]
  entities: PageMeasure[]
  blocking: { page: string; request: string }[]
  failures: string[]
}

export function measureBudget(dist: string): BudgetReport {
  const archive = JSON.parse(readFileSync(join(dist, 'data', 'archive.json'), 'utf8')) as { articles: ExportedArticle[] }
  const byPage = new Map(archive.articles.map((a) => [a.url.replace(/\/$/, ''), a]))
  const rel = (file: string) => relative(dist, file).split(sep).join('/')
  const articles: PageMeasure[] = []
  const entities: PageMeasure[] = []
  const blocking: BudgetReport['blocking'] = []
  for (const file of htmlFiles(dist)) {
    const html = readFileSync(file, 'utf8')
    const page = rel(file)
    for (const request of renderBlockingThirdParty(dist, html)) blocking.push({ page, request })
    const dir = page.replace(/\/index\.html$/, '')
    const article = byPage.get(dir)
    const isEntity = /^(enterprises|projects)\/[^/]+$/.test(dir)
    if (!article && !isEntity) continue
    const htmlBytes = statSync(file).size
    const textBytes = article ? articleTextBytes(article) : 0
    const measure = { page: dir, htmlBytes, textBytes, overheadBytes: htmlBytes - textBytes, jsGzipBytes: pageJsGzip(dist, html) }
    ;(article ? articles : entities).push(measure)
  }
  const failures: string[] = []
  for (const m of articles) {
    if (m.overheadBytes > BUDGET.articleOverheadKB * KB) failures.push(`${m.page}: HTML minus text ${kb(m.overheadBytes)} > ${BUDGET.articleOverheadKB} KB`)
  }
  for (const m of [...articles, ...entities]) {
    if (m.jsGzipBytes > BUDGET.jsGzipKB * KB) failures.push(`${m.page}: JS ${kb(m.jsGzipBytes)} gzipped > ${BUDGET.jsGzipKB} KB`)
  }
  for (const b of blocking) failures.push(`${b.page}: render-blocking third-party ${b.request}`)
  return { articles, entities, blocking, failures }
}

const kb = (n: number) => `${(n / KB).toFixed(1)} KB`

function summary(label: string, values: number[], budgetKB: number): string {
  if (values.length === 0) return `${label.padEnd(36)} (no pages)`
  const sorted = [...values].sort((a, b) => a - b)
  const median = sorted[Math.floor(sorted.length / 2)]!
  const max = sorted.at(-1)!
  return `${label.padEnd(36)} median ${kb(median).padStart(9)}   max ${kb(max).padStart(9)}   budget ${budgetKB} KB   ${max <= budgetKB * KB ? 'ok' : 'OVER'}`
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const dist = resolve(process.argv[2] ?? 'dist')
  if (!existsSync(join(dist, 'data', 'archive.json'))) {
    console.error(`${dist} has no data/archive.json: run \`npm run build\` first`)
    process.exit(2)
  }
  const report = measureBudget(dist)
  const { articles, entities } = report
  console.log(`Budgets over ${relative(process.cwd(), dist) || '.'}/ (${articles.length} article pages, ${entities.length} entity pages)\n`)
  console.log(summary('article HTML minus its own text', articles.map((m) => m.overheadBytes), BUDGET.articleOverheadKB))
  console.log(summary('JS per article page, gzipped', articles.map((m) => m.jsGzipBytes), BUDGET.jsGzipKB))
  console.log(summary('JS per entity page, gzipped', entities.map((m) => m.jsGzipBytes), BUDGET.jsGzipKB))
  console.log(`${'render-blocking third-party requests'.padEnd(36)} ${report.blocking.length}   budget 0   ${report.blocking.length === 0 ? 'ok' : 'OVER'}`)
  const largest = [...articles].sort((a, b) => b.overheadBytes - a.overheadBytes)[0]
  if (largest) console.log(`\nlargest overhead: ${largest.page} (HTML ${kb(largest.htmlBytes)}, its text ${kb(largest.textBytes)})`)
  if (report.failures.length) {
    console.log(`\n${report.failures.length} over budget:`)
    for (const f of report.failures) console.log(`  ${f}`)
    process.exit(1)
  }
}
