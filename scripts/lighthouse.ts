// npm run lighthouse — Lighthouse (the npm package) with the system Chromium
// against the built site, served locally as a static host would (scripts/serve.ts).
// Audits an article page (by default the longest story, the heaviest page kind a
// reader opens) with Lighthouse's default mobile profile and prints the four
// category scores; exits 1 when one is below the target of 95. Not part of
// `npm test`: it takes a minute and scores move with the machine's load.
//
//   node scripts/lighthouse.ts [page path, e.g. articles/<id>/] [--desktop] [--json out.json]
import { execFile } from 'node:child_process'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { parseArgs, promisify } from 'node:util'
import { serve } from './serve.ts'

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const
const TARGET = 95
const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium'
const ROOT = resolve(import.meta.dirname, '..')
const DIST = join(ROOT, 'dist')

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { desktop: { type: 'boolean', default: false }, json: { type: 'string' } },
})

interface Audit {
  id: string
  title: string
  score: number | null
  scoreDisplayMode: string
  displayValue?: string
}

interface Result {
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>
  audits: Record<string, Audit>
  runWarnings?: string[]
}

/** The article with the most text: the page a slow phone struggles with most. */
function longestArticle(): string {
  const archive = JSON.parse(readFileSync(join(DIST, 'data', 'archive.json'), 'utf8')) as {
    articles: { url: string; blocks: { text: string }[] }[]
  }
  const length = (a: { blocks: { text: string }[] }) => a.blocks.reduce((n, b) => n + b.text.length, 0)
  return [...archive.articles].sort((a, b) => length(b) - length(a))[0]!.url
}

if (!existsSync(join(DIST, 'index.html'))) {
  console.error('dist/ is not built: run `npm run build` first')
  process.exit(2)
}
if (!existsSync(CHROME_PATH)) {
  console.error(`no Chromium at ${CHROME_PATH} (set CHROME_PATH)`)
  process.exit(2)
}

const page = positionals[0] ?? longestArticle()
const { server, url: root } = await serve({ root: DIST, base: process.env.BASE_PATH, port: 0 })
const target = new URL(page, root).href
console.log(`Lighthouse ${values.desktop ? 'desktop' : 'mobile'}: ${target}`)

let result: Result
try {
  const args = [
    join(ROOT, 'node_modules', 'lighthouse', 'cli', 'index.js'),
    target,
    '--output=json',
    '--output-path=stdout',
    '--quiet',
    `--only-categories=${CATEGORIES.join(',')}`,
    '--chrome-flags=--headless --no-sandbox --disable-gpu --no-first-run --disable-background-networking --disable-component-update --disable-sync',
    ...(values.desktop ? ['--preset=desktop'] : []),
  ]
  const { stdout } = await promisify(execFile)(process.execPath, args, {
    env: { ...process.env, CHROME_PATH },
    maxBuffer: 64 * 1024 * 1024,
  })
  result = JSON.parse(stdout) as Result
} finally {
  server.close()
}

if (values.json) writeFileSync(values.json, JSON.stringify(result, null, 2))
for (const warning of result.runWarnings ?? []) console.log(`warning: ${warning}`)

let below = 0
for (const id of CATEGORIES) {
  const category = result.categories[id]!
  const score = Math.round((category.score ?? 0) * 100)
  if (score < TARGET) below++
  console.log(`${id.padEnd(16)} ${String(score).padStart(3)}${score < TARGET ? `   below ${TARGET}` : ''}`)
  // What lost points: failing audits that count towards the score.
  for (const ref of category.auditRefs) {
    const audit = result.audits[ref.id]
    if (!audit || ref.weight === 0 || audit.score === null || audit.score >= 0.9) continue
    if (audit.scoreDisplayMode === 'notApplicable' || audit.scoreDisplayMode === 'informative') continue
    console.log(`    ${audit.title}${audit.displayValue ? ` (${audit.displayValue})` : ''}: ${Math.round(audit.score * 100)}`)
  }
}
const metrics = ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index']
console.log(`\n${metrics.map((m) => `${m}: ${result.audits[m]?.displayValue ?? '–'}`).join('\n')}`)
process.exit(below > 0 ? 1 : 0)
