// Where the ingest stands on documents it was not written against: scores
// scripts/ingest/pipeline.ts on the hand-annotated fixtures in tests/fixtures/.
//
//   node scripts/score-ingest.ts [--json] [fixture names…]
//
// Per fixture:
//   stories  story-boundary precision/recall/F1: an article's first raw line
//            (article.lines[0]) against the annotated first line of each story
//   title    annotated stories whose matched article has the annotated title
//   blocks   annotated blocks found, with the same text, in the matched article
//            (block type agreement among those is shown as `types`)
//   joins    recall: annotated joins covered by a 'join' report entry;
//            precision: 'join' entries that cover an annotated join
//   drops    recall: annotated drop lines covered by a 'drop' report entry
//   date     the source's publication date (value and inferred), and the share
//            of stories whose dateline (value and end) is as annotated
// The last row adds the counts of all fixtures up (micro-average).
import { parseArgs } from 'node:util'
import { blockLine, datelineOf, dropFound, FIXTURES, joinFound, loadFixture, matchStories, norm } from '../tests/annotation.ts'
import { loadCuration } from './ingest/curation.ts'
import { ingestSource } from './ingest/pipeline.ts'

const { values: opt, positionals } = parseArgs({ options: { json: { type: 'boolean', default: false } }, allowPositionals: true })
const names = positionals.length ? positionals : [...FIXTURES]

interface Tally {
  goldStories: number
  predStories: number
  boundaryHits: number
  titles: number
  goldBlocks: number
  blockHits: number
  typeHits: number
  goldJoins: number
  joinHits: number
  predJoins: number
  predJoinHits: number
  goldDrops: number
  dropHits: number
  dates: number
  datesOf: number
  datelines: number
  error?: string
}

const empty = (): Tally => ({
  goldStories: 0, predStories: 0, boundaryHits: 0, titles: 0, goldBlocks: 0, blockHits: 0, typeHits: 0,
  goldJoins: 0, joinHits: 0, predJoins: 0, predJoinHits: 0, goldDrops: 0, dropHits: 0, dates: 0, datesOf: 0, datelines: 0,
})

const curation = loadCuration()
const rows: [string, Tally][] = []
const notes: string[] = []

for (const name of names) {
  const fx = loadFixture(name)
  const exp = fx.expected
  const t = empty()
  t.goldStories = exp.stories.length
  t.goldBlocks = exp.stories.reduce((n, s) => n + s.blocks.length, 0)
  t.goldJoins = exp.joins.length
  t.goldDrops = exp.drops.length
  t.datesOf = 1
  try {
    const r = ingestSource(fx.file, fx.bytes, curation)
    const entries = r.report.entries
    t.predStories = r.articles.length
    const goldStarts = new Set(exp.stories.map((s) => s.start))
    t.boundaryHits = new Set(r.articles.map((a) => a.lines[0]).filter((l) => goldStarts.has(l))).size

    const matched = matchStories(exp.stories, r.articles)
    exp.stories.forEach((s, i) => {
      const a = matched[i]
      if (!a) {
        notes.push(`${name}: story 「${s.title}」 (line ${s.start}) has no article`)
        return
      }
      if (norm(a.title) === norm(s.title)) t.titles++
      else notes.push(`${name}: title 「${a.title}」, annotated 「${s.title}」`)
      if (JSON.stringify(datelineOf(a)) === JSON.stringify(s.dateline)) t.datelines++
      else notes.push(`${name}: 「${s.title}」 dateline ${JSON.stringify(datelineOf(a))}, annotated ${JSON.stringify(s.dateline)}`)
      const pool = [...a.blocks]
      for (const b of s.blocks) {
        const k = pool.findIndex((p) => norm(p.text) === norm(b.text))
        if (k === -1) {
          notes.push(`${name}: 「${s.title}」 block missing: ${blockLine(b).slice(0, 60)}`)
          continue
        }
        t.blockHits++
        if (pool[k]!.type === b.type) t.typeHits++
        else notes.push(`${name}: 「${s.title}」 block typed ${pool[k]!.type}, annotated ${b.type}: ${norm(b.text)!.slice(0, 30)}`)
        pool.splice(k, 1)
      }
    })

    t.joinHits = exp.joins.filter((j) => joinFound(entries, j)).length
    const predJoins = entries.filter((e) => e.action === 'join')
    t.predJoins = predJoins.length
    t.predJoinHits = predJoins.filter((e) => exp.joins.some(([a, b]) => e.lines.includes(a) && e.lines.includes(b))).length
    for (const e of predJoins) {
      if (!exp.joins.some(([a, b]) => e.lines.includes(a) && e.lines.includes(b))) notes.push(`${name}: unexpected join of lines ${e.lines.join('+')} (${e.kind}): ${e.text.slice(0, 40)}`)
    }
    t.dropHits = exp.drops.filter((l) => dropFound(entries, l)).length
    const d = r.source.date
    if (d && d.value === exp.date.value && d.inferred === exp.date.inferred) t.dates = 1
    else notes.push(`${name}: publication date ${d ? `${d.value} (inferred ${d.inferred})` : 'null'}, annotated ${exp.date.value} (inferred ${exp.date.inferred})`)
  } catch (err) {
    t.error = (err as Error).message
    notes.push(`${name}: ingestSource threw: ${t.error}`)
  }
  rows.push([name, t])
}

const total = empty()
for (const [, t] of rows) for (const k of Object.keys(total) as (keyof Tally)[]) if (k !== 'error') (total[k] as number) += t[k] as number

const ratio = (n: number, d: number): number | null => (d === 0 ? null : n / d)
const f1 = (p: number | null, r: number | null): number | null => (p === null || r === null ? null : p + r === 0 ? 0 : (2 * p * r) / (p + r))

function scores(t: Tally) {
  const bp = ratio(t.boundaryHits, t.predStories)
  const br = ratio(t.boundaryHits, t.goldStories)
  return {
    storyP: bp, storyR: br, storyF1: f1(bp, br),
    title: ratio(t.titles, t.goldStories),
    blocks: ratio(t.blockHits, t.goldBlocks),
    types: ratio(t.typeHits, t.blockHits),
    joinR: ratio(t.joinHits, t.goldJoins),
    joinP: ratio(t.predJoinHits, t.predJoins),
    dropR: ratio(t.dropHits, t.goldDrops),
    pubDate: ratio(t.dates, t.datesOf),
    datelines: ratio(t.datelines, t.goldStories),
  }
}

if (opt.json) {
  console.log(JSON.stringify({ fixtures: Object.fromEntries(rows.map(([n, t]) => [n, { ...scores(t), counts: t }])), total: scores(total), notes }, null, 2))
} else {
  const pct = (x: number | null) => (x === null ? '   –' : `${Math.round(x * 100)}`.padStart(4))
  const head = ['fixture', 'stories P/R/F1', 'title', 'blocks', 'types', 'join R/P', 'drop R', 'pub date', 'datelines']
  const line = (name: string, t: Tally) => {
    const s = scores(t)
    if (t.error) return `${name.padEnd(14)}  ingest threw: ${t.error}`
    return [
      name.padEnd(14),
      `${pct(s.storyP)}/${pct(s.storyR)}/${pct(s.storyF1)}`.padEnd(16),
      pct(s.title).padEnd(6),
      pct(s.blocks).padEnd(7),
      pct(s.types).padEnd(6),
      `${pct(s.joinR)}/${pct(s.joinP)}`.padEnd(10),
      pct(s.dropR).padEnd(7),
      pct(s.pubDate).padEnd(9),
      pct(s.datelines),
    ].join('  ')
  }
  console.log('ingest scored against the hand annotations in tests/fixtures/ (percent; – = nothing to score)\n')
  console.log([head[0]!.padEnd(14), head[1]!.padEnd(16), head[2]!.padEnd(6), head[3]!.padEnd(7), head[4]!.padEnd(6), head[5]!.padEnd(10), head[6]!.padEnd(7), head[7]!.padEnd(9), head[8]].join('  '))
  for (const [n, t] of rows) console.log(line(n, t))
  console.log(line('all', total))
  if (notes.length) console.log(`\nwhere it differs:\n  ${notes.join('\n  ')}`)
}
