// npm run ingest — raw print exports in content/raw/ become the typed collections
// under content/ (sources, articles, and what they are about: enterprises, projects,
// metrics, events) and a cleaning report per source (reports/).
//
//   node scripts/ingest.ts [--raw DIR] [--out DIR] [--check] [--no-cache] [--quiet]
//
// Each source goes through the stages of scripts/ingest/pipeline.ts (read, classify,
// repair, segment, date), or comes from the cache when neither it nor the ingest
// changed; then the collections are written. --check writes nothing and fails when
// the content folder differs from what the ingest would write.
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { archiveFiles, ingestDirectory } from './ingest/collect.ts'
import { loadCuration } from './ingest/curation.ts'
import { diffGenerated, pipelineVersion, RenderCache, SourceCache, syncGenerated } from './ingest/files.ts'

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
const say = (line: string) => opt.quiet || console.log(line)
const warn = (line: string) => console.error(line)

// 1. Every source through the pipeline, or from the cache.
const curation = loadCuration(opt.curation)
// --check recomputes everything: it must not trust what an earlier run left behind
const cache = opt['no-cache'] || opt.check ? null : new SourceCache('.cache/ingest', pipelineVersion(join(import.meta.dirname, 'ingest'), opt.curation))
const run = await ingestDirectory(opt.raw, curation, {
  cache,
  onSource: (r, i, total) => {
    if (total >= 50 && i > 0 && i % Math.ceil(total / 10) === 0) warn(`… ${i}/${total} sources`)
    say(r.summary)
    for (const w of r.warnings) warn(`  ⚠ ${w}`)
  },
  onFailure: (message) => warn(`  ✗ ${message} — skipped; the other sources go on`),
})

cache?.save()

// 2. What the news is about, across the whole archive: enterprises, projects, figures, events.
// 3. The collections and reports, as files.
const rendered = cache ? new RenderCache('.cache/ingest', pipelineVersion(join(import.meta.dirname, 'ingest'), opt.curation)) : null
const { wanted, extraction } = await archiveFiles(run.sources, curation, rendered?.entries)
rendered?.save(rendered.entries.keys())
const articles = run.sources.reduce((n, s) => n + s.articles, 0)
const seconds = ((performance.now() - started) / 1000).toFixed(2)
const counts = `${extraction.enterprises.length} enterprises, ${extraction.projects.length} projects, ${extraction.metrics.length} figures, ${extraction.events.length} events`
if (opt.check) {
  const diff = diffGenerated(opt.out, wanted)
  if (diff.length) {
    warn(`${opt.out}/ is not what the ingest writes (${diff.length} file(s)); run npm run ingest and commit:\n  ${diff.slice(0, 20).join('\n  ')}`)
    process.exit(1)
  }
  say(`${opt.out}/ matches the ingest: ${run.sources.length} sources, ${articles} articles, ${counts} (${seconds} s)`)
} else {
  const sync = syncGenerated(opt.out, wanted, cache ? join('.cache/ingest', `written-${opt.out.replace(/[^A-Za-z0-9]+/g, '_')}.json`) : undefined)
  say(`${run.sources.length}/${run.files.length} sources, ${articles} articles, ${counts} → ${opt.out}/ (${sync.written} written, ${sync.removed} removed, ${sync.unchanged} unchanged; ${run.fromCache} from cache) in ${seconds} s`)
}
if (articles === 0) {
  warn('nothing usable came out of the raw sources')
  process.exit(1)
}
