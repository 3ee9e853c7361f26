/**
 * npm run bench [-- --sizes 5,200,1000] [--seed S] [--skip-build] [--repeat K]
 *
 * For each size N, a scratch project in .bench/<N>/ (the real sources for N ≤ 5,
 * generated ones beyond) gets a cold ingest, a no-change rerun and a cold full
 * build, each timed with its peak RSS. At the largest N one more source is added
 * and the ingest rerun; its output must equal a from-scratch ingest of the same
 * N+1 sources. Prints a table and writes .bench/results.json.
 * --repeat K takes the fastest of K cold ingests (a busy machine adds noise, never speed).
 */
import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { cpus, totalmem } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { measure, type Run } from './bench/measure.ts'
import { cleanOutputs, diffTrees, scratchProject } from './bench/project.ts'
import { GENERATED_NAME, loadTemplates, writeDocuments } from './generate/generate.ts'

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '5,200,1000' },
    seed: { type: 'string', default: 'bench' },
    'skip-build': { type: 'boolean', default: false },
    repeat: { type: 'string', default: '1' },
  },
})
const sizes = values.sizes.split(',').map(Number).sort((a, b) => a - b)
if (sizes.some((n) => !Number.isInteger(n) || n < 1)) throw new Error(`bad --sizes ${values.sizes}`)

const root = join(import.meta.dirname, '..')
const bench = join(root, '.bench')
const INGEST = 'node scripts/ingest.ts'
const TARGETS = { ingestSeconds: 30, buildSeconds: 300, peakMB: 2048, incrementalPct: 10, at: 1000 }
if (!existsSync(join(root, 'scripts/ingest.ts'))) {
  console.error('scripts/ingest.ts does not exist yet: nothing to bench')
  process.exit(1)
}

const rawDir = join(root, 'content/raw')
const real = readdirSync(rawDir).filter((f) => f.endsWith('.txt') && !GENERATED_NAME.test(f)).sort()
const templates = loadTemplates(rawDir)

function fillRaw(raw: string, n: number): void {
  if (n <= real.length) for (const f of real.slice(0, n)) cpSync(join(rawDir, f), join(raw, f))
  else writeDocuments(templates, raw, n, values.seed)
}

/** The package's build script, minus `node scripts/x.ts` steps whose file does not exist yet. */
function buildCommand(dir: string): { command: string; skipped: string[] } {
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { scripts: Record<string, string> }
  const steps = (pkg.scripts.build ?? '').split('&&').map((s) => s.trim())
  const missing = (s: string): boolean => {
    const m = /^node\s+(\S+\.ts)\b/.exec(s)
    return m !== null && !existsSync(join(dir, m[1] as string))
  }
  return { command: steps.filter((s) => !missing(s)).join(' && '), skipped: steps.filter(missing) }
}

/** Fastest of --repeat cold runs, starting each from clean outputs; peak is the largest seen. */
function coldest(command: string, dir: string, label: string): Run {
  const runs = Array.from({ length: Math.max(1, Number(values.repeat)) }, () => {
    cleanOutputs(dir)
    return measure(command, dir, label)
  })
  const best = runs.reduce((a, b) => (b.seconds < a.seconds ? b : a))
  return { ...best, peakMB: Math.max(...runs.map((r) => r.peakMB ?? 0)) }
}

const count = (dir: string): number => (existsSync(dir) ? readdirSync(dir).length : 0)

function checked(run: Run, what: string): Run {
  const status = run.exit === 0 ? 'ok' : `FAILED (exit ${run.exit}, see ${run.log})`
  console.log(`  ${what}: ${run.seconds} s, peak ${run.peakMB ?? '?'} MB — ${status}`)
  if (run.exit !== 0) console.log(readFileSync(run.log, 'utf8').split('\n').slice(-15).join('\n'))
  return run
}

interface SizeResult {
  sources: number
  articles: number
  ingest: Run
  perSourceMs: number
  marginalMs: number | null
  rerun: Run
  build: (Run & { skipped: string[] }) | null
}
const results: SizeResult[] = []

for (const n of sizes) {
  console.log(`\n== ${n} sources (.bench/${n})`)
  const dir = join(bench, String(n))
  fillRaw(scratchProject(root, dir), n)
  const ingest = checked(coldest(INGEST, dir, 'ingest'), 'cold ingest')
  const articles = count(join(dir, 'content/articles'))
  const rerun = checked(measure(INGEST, dir, 'rerun'), 'no-change rerun')
  let build: SizeResult['build'] = null
  if (!values['skip-build']) {
    cleanOutputs(dir)
    const { command, skipped } = buildCommand(dir)
    if (skipped.length) console.log(`  (build steps not present yet, skipped: ${skipped.join('; ')})`)
    build = { ...checked(measure(command, dir, 'build'), 'cold full build'), skipped }
  }
  // marginal cost per added source since the previous size: the slope, free of start-up time
  const prev = results.at(-1)
  const marginalMs = prev ? Math.round(((ingest.seconds - prev.ingest.seconds) * 1000 * 10) / (n - prev.sources)) / 10 : null
  results.push({ sources: n, articles, ingest, perSourceMs: Math.round((ingest.seconds * 1000) / n), marginalMs, rerun, build })
}

// Incremental: one more source at the largest size, against a from-scratch ingest of the same N+1.
const last = results.at(-1) as SizeResult
const dir = join(bench, String(last.sources))
const raw = join(dir, 'content/raw')
writeDocuments(templates, raw, 1, values.seed, last.sources <= real.length ? 0 : last.sources)
console.log(`\n== incremental: ${last.sources} + 1 sources`)
const incremental = checked(measure(INGEST, dir, 'incremental'), 'ingest after adding one source')
const scratch = join(bench, `${last.sources + 1}-from-scratch`)
cpSync(raw, scratchProject(root, scratch), { recursive: true })
const fresh = checked(coldest(`${INGEST} --no-cache`, scratch, 'ingest'), 'from-scratch ingest (--no-cache)')
const diffs = diffTrees(join(dir, 'content'), join(scratch, 'content'))
const pct = (x: number, of: number): number => Math.round((x / of) * 1000) / 10

const runs = results.flatMap((r) => [r.ingest, r.rerun, ...(r.build ? [r.build] : [])]).concat(incremental, fresh)
const peak = Math.max(...runs.map((r) => r.peakMB ?? 0))
const atTarget = results.find((r) => r.sources === TARGETS.at)
const summary = {
  incremental: {
    sources: last.sources + 1,
    seconds: incremental.seconds,
    pctOfFromScratch: pct(incremental.seconds, fresh.seconds),
    pctOfFullIngestN: pct(incremental.seconds, last.ingest.seconds),
    fromScratchSeconds: fresh.seconds,
    identical: diffs.length === 0,
    differences: diffs.slice(0, 50),
  },
  peakMB: peak,
  met: {
    ingest1000: atTarget ? atTarget.ingest.seconds <= TARGETS.ingestSeconds : 'not measured',
    build1000: atTarget?.build ? atTarget.build.seconds <= TARGETS.buildSeconds && atTarget.build.exit === 0 : 'not measured',
    peakMemory: peak <= TARGETS.peakMB,
    incremental: pct(incremental.seconds, fresh.seconds) <= TARGETS.incrementalPct,
    identical: diffs.length === 0,
  },
}

const pad = (s: unknown, w: number): string => String(s ?? '–').padStart(w)
console.log(`\n${'sources'.padStart(8)}${pad('articles', 9)}${pad('ingest s', 10)}${pad('ms/src', 8)}${pad('Δms/src', 9)}${pad('MB', 6)}${pad('rerun s', 9)}${pad('build s', 9)}${pad('MB', 6)}`)
for (const r of results) {
  const fail = (x: Run | null): string => (x && x.exit !== 0 ? '!' : '')
  console.log(
    `${pad(r.sources, 8)}${pad(r.articles, 9)}${pad(r.ingest.seconds + fail(r.ingest), 10)}${pad(r.perSourceMs, 8)}${pad(r.marginalMs, 9)}${pad(r.ingest.peakMB, 6)}` +
      `${pad(r.rerun.seconds, 9)}${pad(r.build ? r.build.seconds + fail(r.build) : null, 9)}${pad(r.build?.peakMB, 6)}`,
  )
}
const inc = summary.incremental
console.log(
  `\nincremental (+1 source at ${last.sources}): ${inc.seconds} s = ${inc.pctOfFromScratch}% of a from-scratch ingest of ${inc.sources} ` +
    `(${inc.fromScratchSeconds} s), ${inc.pctOfFullIngestN}% of the cold ingest of ${last.sources}; ` +
    `output ${inc.identical ? 'byte-identical' : `DIFFERS in ${diffs.length} file(s): ${diffs.slice(0, 5).join(', ')}`}`,
)
console.log(`peak RSS ${peak} MB; targets met: ${JSON.stringify(summary.met)}`)
writeFileSync(
  join(bench, 'results.json'),
  JSON.stringify({ when: new Date().toISOString(), node: process.version, cpus: cpus().length, memMB: Math.round(totalmem() / 2 ** 20), seed: values.seed, targets: TARGETS, sizes: results, ...summary }, null, 2) + '\n',
)
console.log('wrote .bench/results.json')
