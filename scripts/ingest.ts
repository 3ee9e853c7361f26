// npm run ingest — raw print exports in content/raw/ become the typed collections
// under content/ (sources, articles) and a cleaning report per source (reports/).
//
//   node scripts/ingest.ts [--raw DIR] [--out DIR] [--check] [--no-cache] [--quiet]
//
// Each source goes through the stages of scripts/ingest/pipeline.ts (read, classify,
// repair, segment, date), or comes from the cache when neither it nor the ingest
// changed. Then the collections are written. --check writes nothing and fails when
// the committed content differs from what the ingest would write.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { loadCuration } from './ingest/curation.ts'
import { IngestError } from './ingest/errors.ts'
import { diffGenerated, pipelineVersion, SourceCache, syncGenerated } from './ingest/files.ts'
import type { IngestedSource } from './ingest/model.ts'
import { ingestSource } from './ingest/pipeline.ts'
import { summarize } from './ingest/summary.ts'
import { renderSource } from './ingest/write.ts'

const { values: opt } = parseArgs({
  options: {
    raw: { type: 'string', default: 'content/raw' },
    out: { type: 'string', default: 'content' },
    curation: { type: 'string', default: 'content/curation.yaml' },
    check: { type: 'boolean', default: false },
    'no-cache': { type: 'boolean', default: false },
    quiet: { type: 'boolean', default: false },
  },
})

const started = performance.now()
const curation = loadCuration(opt.curation)
const cache = opt['no-cache'] ? null : new SourceCache('.cache/ingest', pipelineVersion(join(import.meta.dirname, 'ingest'), opt.curation))
const files = readdirSync(opt.raw).filter((f) => f.endsWith('.txt')).sort()
const say = (line: string) => opt.quiet || console.log(line)
const warn = (line: string) => console.error(line)

// 1. Every source through the pipeline (or from the cache).
const results: IngestedSource[] = []
let fromCache = 0
for (const [i, file] of files.entries()) {
  if (files.length >= 50 && i > 0 && i % Math.ceil(files.length / 10) === 0) warn(`… ${i}/${files.length} sources`)
  const bytes = readFileSync(join(opt.raw, file))
  try {
    let result = cache?.get(file, bytes) ?? null
    if (result) fromCache++
    else {
      result = ingestSource(file, bytes, curation)
      cache?.set(file, bytes, result)
    }
    results.push(result)
    say(summarize(result))
    for (const e of result.report.entries) if (e.action === 'warn') warn(`  ⚠ ${e.reason.startsWith(file) ? e.reason : `${file}${e.lines[0] ? `:${e.lines[0]}` : ''}: ${e.reason}`}`)
  } catch (err) {
    const message = err instanceof IngestError ? err.message : `${file}: ingest failed: ${(err as Error).stack ?? err}`
    warn(`  ✗ ${message} — skipped; the other sources go on`)
  }
}

// 2. Collections and reports, as files.
const wanted = new Map<string, string>()
for (const r of results) for (const [path, text] of renderSource(r)) wanted.set(path, text)

const articles = results.reduce((n, r) => n + r.articles.length, 0)
const seconds = ((performance.now() - started) / 1000).toFixed(2)
if (opt.check) {
  const diff = diffGenerated(opt.out, wanted)
  if (diff.length) {
    warn(`content/ is not what the ingest writes (${diff.length} file(s)); run npm run ingest and commit:\n  ${diff.slice(0, 20).join('\n  ')}`)
    process.exit(1)
  }
  say(`content/ matches the ingest: ${results.length} sources, ${articles} articles (${seconds} s)`)
} else {
  const sync = syncGenerated(opt.out, wanted)
  say(`${results.length}/${files.length} sources, ${articles} articles → ${opt.out}/ (${sync.written} written, ${sync.removed} removed, ${sync.unchanged} unchanged; ${fromCache} from cache) in ${seconds} s`)
}
if (articles === 0) {
  warn('nothing usable came out of the raw sources')
  process.exit(1)
}
