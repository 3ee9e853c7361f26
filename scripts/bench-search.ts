/**
 * npm run bench:search [-- --sizes 1000,10000] [--seed S] [--skip-build] [--phrases 60] [--runs 5]
 *
 * For the real archive and for synthetic archives of about N articles (.bench/search-N/,
 * sources from the generator), builds the site and Pagefind's index over the same pages,
 * then measures in headless Chromium: gzipped bytes fetched before the first result,
 * time from first focus to first result (median of --runs cold starts), query latency p50/p95 over the relevance set's
 * queries, bytes per later query, long main-thread tasks; and phrase recall (phrases cut
 * from bodies at random, every article holding each one). Prints a table and writes
 * .bench/search-results.json.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { cpus, totalmem } from 'node:os'
import { join, relative } from 'node:path'
import { parseArgs } from 'node:util'
import { buildSearchIndex } from '../src/lib/search/build.ts'
import { searchDocuments, type Archive } from '../src/lib/search/documents.ts'
import { SearchIndex } from '../src/lib/search/engine.ts'
import { gzipBytes, launch, measureOurs, measurePagefind, pagefindFinds, repeated, type Measured } from './bench/search-browser.ts'
import { projectWithArticles } from './bench/search-project.ts'
import { oursReturns, samplePhrases, score, type Recall } from './bench/search-recall.ts'
import { measure, type Run } from './bench/measure.ts'
import { serveFromMemory } from './bench/static-server.ts'

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,10000' },
    seed: { type: 'string', default: 'bench' },
    'skip-build': { type: 'boolean', default: false },
    phrases: { type: 'string', default: '60' },
    runs: { type: 'string', default: '5' },
  },
})
const root = join(import.meta.dirname, '..')
const bench = join(root, '.bench')
const sizes = values.sizes.split(',').filter(Boolean).map(Number)
const TARGETS = { firstKB: 600, queryKB: 150, p95Ms: 50, longTaskMs: 50, realTotalKB: 100, realFirstMs: 200 }

const relevance = JSON.parse(readFileSync(join(root, 'tests/search/relevance.json'), 'utf8')) as { query: string }[]
const QUERIES = ['南湖机场', ...new Set(relevance.map((c) => c.query))]

function files(dir: string): string[] {
  if (!existsSync(dir)) return []
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name))
}

const kb = (bytes: number) => Math.round(bytes / 102.4) / 10

interface SizeResult {
  name: string
  articles: number
  documents: number
  ingest: Run | null
  build: Run | null
  indexBuildSeconds: number
  pagefindRun: Run | null
  files: { ours: number; oursKB: number; searchJsKB: number; pagefind: number; pagefindKB: number }
  ours: Measured
  pagefind: Measured
  recall: { ours: Recall; pagefind: Recall }
}

async function measureSite(name: string, dir: string, ingest: Run | null, build: Run | null): Promise<SizeResult> {
  const dist = join(dir, 'dist')
  console.log(`  pagefind …`)
  const pagefindRun = measure(`npx pagefind --site dist --output-subdir pagefind`, dir, 'pagefind')
  if (pagefindRun.exit !== 0) throw new Error(`pagefind failed, see ${pagefindRun.log}`)

  const archive = JSON.parse(readFileSync(join(dist, 'data/archive.json'), 'utf8')) as Archive
  const started = performance.now()
  const docs = searchDocuments(archive)
  buildSearchIndex(docs)
  const indexBuildSeconds = Math.round((performance.now() - started) / 100) / 10

  const ours = files(join(dist, 'search/index'))
  const js = files(join(dist, '_astro')).filter((f) => f.endsWith('.js'))
  const pf = files(join(dist, 'pagefind'))
  const sum = (fs: string[]) => fs.reduce((n, f) => n + gzipBytes(f), 0)

  // From memory, as a host would serve it: the preview server's disk streaming is not what is measured.
  const { server, url } = await serveFromMemory(dist)
  const browser = await launch()
  try {
    const article = archive.articles[0]!.url
    console.log(`  browser: this search …`)
    // First results: the median of five cold starts; the query set runs after the last.
    const runs = Number(values.runs)
    const oursM = await repeated(runs, () => measureOurs(browser, url, dist, '', article, QUERIES, false)).then(async (cold) => ({
      ...(await measureOurs(browser, url, dist, '', article, QUERIES)),
      firstMs: cold.firstMs,
      firstMsRuns: cold.firstMsRuns,
    }))
    console.log(`  browser: Pagefind …`)
    const pagefindM = await repeated(runs, () => measurePagefind(browser, url, dist, '', article, QUERIES, false)).then(async (cold) => ({
      ...(await measurePagefind(browser, url, dist, '', article, QUERIES)),
      firstMs: cold.firstMs,
      firstMsRuns: cold.firstMsRuns,
    }))

    console.log(`  phrase recall …`)
    const phrases = samplePhrases(archive.articles, Number(values.phrases), values.seed)
    const index = await SearchIndex.open(async (p) => JSON.parse(readFileSync(join(dist, 'search/index', p), 'utf8')))
    const oursRecall = score(phrases, await oursReturns(index, phrases))
    const page = await (await browser.newContext()).newPage()
    await page.goto(url + article)
    const pfReturned: Set<string>[] = []
    for (const p of phrases) pfReturned.push(new Set(await pagefindFinds(page, '', p.phrase)))
    const pagefindRecall = score(
      phrases.map((p) => ({ ...p, holders: p.holders.map((h) => `/${h}`) })),
      pfReturned,
    )
    return {
      name,
      articles: archive.articles.length,
      documents: docs.length,
      ingest,
      build,
      indexBuildSeconds,
      pagefindRun,
      files: {
        ours: ours.length,
        oursKB: kb(sum(ours)),
        searchJsKB: kb(sum(js.filter((f) => /SearchBox|ui\.|worker/.test(f)))),
        pagefind: pf.length,
        pagefindKB: kb(sum(pf)),
      },
      ours: oursM,
      pagefind: pagefindM,
      recall: { ours: oursRecall, pagefind: pagefindRecall },
    }
  } finally {
    await browser.close()
    await new Promise((done) => server.close(done))
  }
}

const results: SizeResult[] = []

console.log(`\n== the real archive (${relative(process.cwd(), root) || '.'})`)
const realBuild = values['skip-build'] && existsSync(join(root, 'dist/search/index')) ? null : measure('npx astro build', root, 'search-bench-build')
results.push(await measureSite('real', root, null, realBuild))

for (const n of sizes) {
  const dir = join(bench, `search-${n}`)
  console.log(`\n== about ${n} articles (${relative(root, dir)})`)
  let ingest: Run | null = null
  let build: Run | null = null
  if (!values['skip-build'] || !existsSync(join(dir, 'dist/search/index'))) {
    const made = projectWithArticles(root, dir, n, values.seed)
    ingest = made.ingest
    console.log(`  ${made.sources} sources, ${made.articles} articles, ingest ${ingest.seconds} s`)
    build = measure('npx astro build', dir, 'build')
    console.log(`  build ${build.seconds} s, peak ${build.peakMB} MB${build.exit ? ` FAILED, see ${build.log}` : ''}`)
    if (build.exit !== 0) process.exit(1)
  }
  results.push(await measureSite(String(n), dir, ingest, build))
}

const pad = (s: unknown, w: number) => String(s ?? '–').padStart(w)
console.log(`\n${'archive'.padEnd(8)}${pad('articles', 9)}${pad('docs', 7)}  engine   ${pad('first KB', 9)}${pad('first ms', 9)}${pad('p50 ms', 8)}${pad('p95 ms', 8)}${pad('q KB p95', 9)}${pad('q KB max', 9)}${pad('long', 6)}${pad('recall', 8)}${pad('all KB', 9)}`)
for (const r of results) {
  for (const [engine, m, recall, total] of [
    ['search', r.ours, r.recall.ours, r.files.oursKB + r.files.searchJsKB],
    ['pagefind', r.pagefind, r.recall.pagefind, r.files.pagefindKB],
  ] as const) {
    console.log(
      `${r.name.padEnd(8)}${pad(r.articles, 9)}${pad(r.documents, 7)}  ${engine.padEnd(9)}${pad(kb(m.firstBytes), 9)}${pad(m.firstMs, 9)}${pad(m.latency.p50, 8)}${pad(m.latency.p95, 8)}` +
        `${pad(kb(m.queryBytes.p95), 9)}${pad(kb(m.queryBytes.max), 9)}${pad(m.longTasks.count, 6)}${pad(`${recall.found}/${recall.phrases}`, 8)}${pad(Math.round(total * 10) / 10, 9)}`,
    )
  }
}
const real = results[0]!
const largest = results.at(-1)!
const met = {
  realEverythingKB: real.files.oursKB + real.files.searchJsKB <= TARGETS.realTotalKB,
  realFirstMs: real.ours.firstMs <= TARGETS.realFirstMs,
  [`first${largest.name}`]: kb(largest.ours.firstBytes) <= TARGETS.firstKB,
  [`query${largest.name}`]: kb(largest.ours.queryBytes.max) <= TARGETS.queryKB,
  [`p95_${largest.name}`]: largest.ours.latency.p95 <= TARGETS.p95Ms,
  noLongTasks: results.every((r) => r.ours.longTasks.count === 0),
  everyPhrase: results.every((r) => r.recall.ours.found === r.recall.ours.phrases),
  beatsPagefindRecall: results.every((r) => r.recall.ours.pairs >= r.recall.pagefind.pairs),
}
console.log(`\ntargets met: ${JSON.stringify(met)}`)
writeFileSync(
  join(bench, 'search-results.json'),
  JSON.stringify({ when: new Date().toISOString(), node: process.version, cpus: cpus().length, memMB: Math.round(totalmem() / 2 ** 20), seed: values.seed, targets: TARGETS, queries: QUERIES.length, sizes: results, met }, null, 2) + '\n',
)
console.log('wrote .bench/search-results.json')
