// How the ingest reads real published pages: scores scripts/ingest/pipeline.ts on a
// folder of pages, each a raw text beside an editor's annotation of it (the format is
// in tests/field/README.md). Anyone can run it on pages of their own.
//
//   node scripts/field-check.ts DIR [--raw TEXT_DIR] [--split tune|holdout] [--details] [--json]
//
// Per page: stories (the count), main title, bylines (pages whose annotation has
// bylines: every story's names and roles), date (to the month; a year-only
// annotation wants a year-only date: a precision the page does not support counts as
// wrong, and as `overclaimed`), datelines (stories whose lead dates its happening),
// publication, and furniture lines found inside a paragraph or a title. Tallies by
// page kind and by split (tune, holdout).
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { basename, join } from 'node:path'
import { parseArgs } from 'node:util'
import { loadCuration } from './ingest/curation.ts'
import { wordList } from './ingest/lexicon.ts'
import type { Article, IngestedSource } from './ingest/model.ts'
import { ingestSource } from './ingest/pipeline.ts'

export interface FieldAnnotation {
  url: string
  outlet: string
  kind: string
  split: 'tune' | 'holdout'
  publication: string | null
  date: string | null
  /** null: the page prints no headline */
  stories: { title: string | null; bylines: { role: string | null; name: string }[]; dateline: string | null }[]
  figures?: string[]
  furniture?: string[]
  forms?: string[]
  note?: string
}

export interface PageScore {
  id: string
  kind: string
  split: string
  stories: boolean
  title: boolean
  /** null: the page has no bylines */
  bylines: boolean | null
  date: boolean
  overclaimed: boolean
  datelines: [number, number]
  publication: boolean
  furnitureInText: string[]
  misses: string[]
}

const norm = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, '').replace(/[“”"]/g, '"')
const ROLE = new Map(wordList('byline-roles').map(([w, r]) => [w!, r ?? w!]))
const role = (r: string) => ROLE.get(r) ?? r

/** The article each annotated story stands for: by title, else by position among those left. */
function match(stories: FieldAnnotation['stories'], articles: Article[]): (Article | null)[] {
  const used = new Set<Article>()
  const out = stories.map((s) => {
    const a = s.title ? (articles.find((x) => !used.has(x) && norm(x.title) === norm(s.title)) ?? null) : null
    if (a) used.add(a)
    return a
  })
  return out.map((a, i) => {
    if (a) return a
    const b = articles.find((x, j) => !used.has(x) && j >= i) ?? null
    if (b) used.add(b)
    return b
  })
}

const bylineText = (bs: { role: string | null; name: string }[]) => bs.map((b) => `${b.role ?? '?'} ${b.name}`).join('、') || '—'

export function scorePage(id: string, ann: FieldAnnotation, r: IngestedSource): PageScore {
  const misses: string[] = []
  const arts = r.articles
  const matched = match(ann.stories, arts)
  const stories = arts.length === ann.stories.length
  if (!stories) misses.push(`stories: ${arts.length}, annotated ${ann.stories.length} (${arts.map((a) => `「${a.title}」`).join(' ')})`)
  // a page that prints no headline is read right when the ingest says it titled the story by its first words
  const untitled = (a: Article | undefined) => !!a && r.report.entries.some((e) => e.kind === 'title' && e.action === 'infer' && e.lines[0]! >= a.lines[0] && e.lines[0]! <= a.lines[1])
  const title = ann.stories[0]?.title ? norm(arts[0]?.title) === norm(ann.stories[0].title) : untitled(arts[0])
  if (!title) misses.push(`title: 「${arts[0]?.title ?? ''}」, annotated 「${ann.stories[0]?.title ?? ''}」`)

  let bylines: boolean | null = null
  if (ann.stories.some((s) => s.bylines.length > 0)) {
    bylines = ann.stories.every((s, i) => {
      const got = matched[i]?.bylines ?? []
      const ok = got.length === s.bylines.length && s.bylines.every((b, k) => norm(got[k]!.name) === norm(b.name) && (b.role === null || role(got[k]!.role) === role(b.role)))
      if (!ok) misses.push(`bylines of 「${s.title}」: ${bylineText(got)}, annotated ${bylineText(s.bylines)}`)
      return ok
    })
  }

  const got = r.source.date?.value ?? null
  const want = ann.date
  const date = want === null ? got === null : got !== null && (want.length === 4 ? got === want : got.slice(0, 7) === want.slice(0, 7))
  const overclaimed = got !== null && (want === null || got.length > want.length)
  if (!date || overclaimed) misses.push(`date: ${got ?? '—'}${overclaimed ? ' (more precise than the page supports)' : ''}, annotated ${want ?? '—'}`)

  let dl = 0
  let dlOf = 0
  ann.stories.forEach((s, i) => {
    if (s.dateline === null) return
    dlOf++
    const v = matched[i]?.dateline?.value ?? null
    if (v === s.dateline) dl++
    else misses.push(`dateline of 「${s.title}」: ${v ?? '—'}, annotated ${s.dateline}`)
  })

  const publication = norm(r.source.publication) === norm(ann.publication)
  if (!publication) misses.push(`publication: ${r.source.publication ?? '—'}, annotated ${ann.publication ?? '—'}`)

  const texts = arts.flatMap((a) => [a.title, a.subtitle ?? '', ...a.blocks.map((b) => b.text)])
  const furnitureInText = (ann.furniture ?? []).filter((f) => norm(f).length >= 2 && texts.some((t) => norm(t).includes(norm(f))))
  for (const f of furnitureInText) misses.push(`furniture in the text: ${f}`)

  return { id, kind: ann.kind, split: ann.split, stories, title, bylines, date, overclaimed, datelines: [dl, dlOf], publication, furnitureInText, misses }
}

function main() {
  const { values: opt, positionals } = parseArgs({
    options: { raw: { type: 'string' }, split: { type: 'string' }, details: { type: 'boolean', default: false }, json: { type: 'boolean', default: false } },
    allowPositionals: true,
  })
  const dir = positionals[0]
  if (!dir) {
    console.error('usage: node scripts/field-check.ts DIR [--raw TEXT_DIR] [--split tune|holdout] [--details] [--json]')
    process.exit(2)
  }
  const curation = loadCuration()
  const scores: PageScore[] = []
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.json')).sort()) {
    const id = basename(f, '.json')
    const ann = JSON.parse(readFileSync(join(dir, f), 'utf8')) as FieldAnnotation
    if (opt.split && ann.split !== opt.split) continue
    const textPath = [join(dir, `${id}.txt`), opt.raw ? join(opt.raw, `${id}.txt`) : ''].find((p) => p && existsSync(p))
    if (!textPath) {
      console.error(`${id}: no text (${id}.txt) beside the annotation${opt.raw ? ` or in ${opt.raw}` : ''}: skipped`)
      continue
    }
    let r: IngestedSource
    try {
      r = ingestSource(`${id}.txt`, readFileSync(textPath), curation)
    } catch (e) {
      scores.push({ id, kind: ann.kind, split: ann.split, stories: false, title: false, bylines: false, date: false, overclaimed: false, datelines: [0, ann.stories.filter((s) => s.dateline).length], publication: false, furnitureInText: [], misses: [`ingest failed: ${(e as Error).message}`] })
      continue
    }
    scores.push(scorePage(id, ann, r))
  }
  if (opt.json) {
    console.log(JSON.stringify(scores, null, 2))
    return
  }
  const row = (label: string, ss: PageScore[]) => {
    const n = ss.length
    const by = ss.filter((s) => s.bylines !== null)
    const dl = ss.reduce((a, s) => [a[0]! + s.datelines[0], a[1]! + s.datelines[1]], [0, 0])
    const c = (k: (s: PageScore) => boolean, of = ss) => `${of.filter(k).length}/${of.length}`
    return [label, n, c((s) => s.stories), c((s) => s.title), c((s) => !!s.bylines, by), c((s) => s.date && !s.overclaimed), ss.filter((s) => s.overclaimed).length, `${dl[0]}/${dl[1]}`, c((s) => s.publication), ss.filter((s) => s.furnitureInText.length > 0).length]
  }
  const header = ['', 'pages', 'stories', 'title', 'bylines', 'date', 'overclaimed', 'datelines', 'publication', 'furniture in text']
  const rows: (string | number)[][] = [header]
  for (const split of ['tune', 'holdout']) {
    const part = scores.filter((s) => s.split === split)
    if (part.length === 0) continue
    for (const kind of [...new Set(part.map((s) => s.kind))].sort()) rows.push(row(`${split} · ${kind}`, part.filter((s) => s.kind === kind)))
    rows.push(row(`${split} · all`, part))
  }
  rows.push(row('all', scores))
  const widths = header.map((_, i) => Math.max(...rows.map((r) => String(r[i]).length)))
  for (const r of rows) console.log(r.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]!) : String(c).padStart(widths[i]!))).join('  '))
  if (opt.details) {
    for (const s of scores) if (s.misses.length) console.log(`\n${s.id} (${s.split}, ${s.kind})\n  ${s.misses.join('\n  ')}`)
  }
}

if (import.meta.main) main()
