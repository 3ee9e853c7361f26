// Property tests: the real sources, damaged at random the way exports get damaged
// (lines deleted, duplicated, swapped, split; blank lines and stray CJK/ASCII/control
// text inserted), must still ingest without throwing and without losing a character:
// every non-whitespace character of the input, counted as a multiset, turns up in an
// article field, a block, or the `text` of a cleaning-report entry.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import { beforeAll, describe, expect, it } from 'vitest'
import { loadCuration } from '../scripts/ingest/curation.ts'
import type { Curation } from '../scripts/ingest/curation.ts'
import type { IngestedSource } from '../scripts/ingest/model.ts'
import { ingestSource } from '../scripts/ingest/pipeline.ts'

const ROOT = join(import.meta.dirname, '..')
const RAW = join(ROOT, 'content/raw')
const SOURCES = readdirSync(RAW)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((file) => ({ file, text: readFileSync(join(RAW, file), 'utf8') }))
/**
 * Modest and seeded by default, so the suite is fast and the same on every run;
 * PROPERTY_RUNS=1500 PROPERTY_SEED=<n> for a deeper or different search.
 */
const NUM_RUNS = Number(process.env['PROPERTY_RUNS'] ?? 60)
const SEED = Number(process.env['PROPERTY_SEED'] ?? 20260223)

let curation: Curation
beforeAll(() => {
  curation = loadCuration(join(ROOT, 'content/curation.yaml'))
})

// Stray text: mostly CJK and ASCII, some full-width punctuation and layout marks,
// occasionally a control character (never NUL: a NUL byte marks a binary file, which
// tests/bad-input.test.ts covers).
const CONTROLS = [...'\u0001\u0002\u0003\u0007\u0008\u000b\u000c\u000e\u001b\u001f\u007f\t']
const unit = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 0x4e00, max: 0x9fa5 }).map((c) => String.fromCharCode(c)) },
  { weight: 4, arbitrary: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)) },
  { weight: 2, arbitrary: fc.constantFrom(...'，。、；：“”‘’（）【】——……■□《》！？　') },
  { weight: 1, arbitrary: fc.constantFrom(...CONTROLS) },
)
const junk = fc.array(unit, { minLength: 1, maxLength: 12 }).map((u) => u.join(''))

type Op =
  | { kind: 'delete'; at: number }
  | { kind: 'duplicate'; at: number }
  | { kind: 'swap'; at: number; with: number }
  | { kind: 'blank'; at: number; count: number }
  | { kind: 'split'; at: number; pos: number; blanks: number }
  | { kind: 'insert-line'; at: number; text: string }
  | { kind: 'insert-inline'; at: number; pos: number; text: string }

const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('swap' as const), at: fc.nat(), with: fc.nat() }),
  fc.record({ kind: fc.constant('blank' as const), at: fc.nat(), count: fc.integer({ min: 1, max: 4 }) }),
  fc.record({ kind: fc.constant('split' as const), at: fc.nat(), pos: fc.nat(), blanks: fc.integer({ min: 0, max: 2 }) }),
  fc.record({ kind: fc.constant('insert-line' as const), at: fc.nat(), text: junk }),
  fc.record({ kind: fc.constant('insert-inline' as const), at: fc.nat(), pos: fc.nat(), text: junk }),
)

function mutate(text: string, ops: Op[]): string {
  const lines = text.split('\n')
  for (const o of ops) {
    const i = o.at % Math.max(lines.length, 1)
    switch (o.kind) {
      case 'delete':
        if (lines.length > 1) lines.splice(i, 1)
        break
      case 'duplicate':
        lines.splice(i, 0, lines[i] ?? '')
        break
      case 'swap': {
        const j = o.with % lines.length
        ;[lines[i], lines[j]] = [lines[j]!, lines[i]!]
        break
      }
      case 'blank':
        lines.splice(i, 0, ...Array<string>(o.count).fill(''))
        break
      case 'split': {
        const chars = [...(lines[i] ?? '')]
        const p = o.pos % (chars.length + 1)
        lines.splice(i, 1, chars.slice(0, p).join(''), ...Array<string>(o.blanks).fill(''), chars.slice(p).join(''))
        break
      }
      case 'insert-line':
        lines.splice(i, 0, o.text)
        break
      case 'insert-inline': {
        const chars = [...(lines[i] ?? '')]
        const p = o.pos % (chars.length + 1)
        lines[i] = chars.slice(0, p).join('') + o.text + chars.slice(p).join('')
        break
      }
    }
  }
  return lines.join('\n')
}

const damaged = fc
  .record({ source: fc.constantFrom(...SOURCES), ops: fc.array(op, { minLength: 1, maxLength: 6 }) })
  .map(({ source, ops }) => ({ file: source.file, ops, text: mutate(source.text, ops) }))
  .filter((d) => d.text.trim() !== '')

type Damaged = { file: string; ops: Op[]; text: string }
/** Counterexamples found by earlier, deeper runs: always checked. */
const source = (prefix: string) => SOURCES.find((s) => s.file.startsWith(prefix))!
const REGRESSIONS: Damaged[] = [
  // one character inside the only year next to a month-day date: the ingest dated nothing (date: null,
  // which the schema allows and SPEC section 3 does not; see DATES_REQUIRED below)
  { file: source('001_').file, ops: [], text: source('001_').text.replace('2024年世界互联网大会', '2一024年世界互联网大会') },
  // a stray `,？` line above the headline: the headline was missed and the article titled "" (schema: title min 1)
  { file: source('000_').file, ops: [], text: `,？\n${source('000_').text.split('\n').slice(2).join('\n')}` },
]
const settings = { numRuns: NUM_RUNS, seed: SEED, examples: REGRESSIONS.map((r) => [r] as [Damaged]) }

/** Non-whitespace characters (code points) of a string, counted. */
function tally(into: Map<string, number>, s: string | null | undefined) {
  if (!s) return
  for (const ch of s) if (!/\s/u.test(ch) && ch !== '\uFEFF') into.set(ch, (into.get(ch) ?? 0) + 1)
}

/** Characters of the input that no output field accounts for, with how many are missing. */
function missing(input: string, r: IngestedSource): [string, number][] {
  const need = new Map<string, number>()
  tally(need, input)
  const have = new Map<string, number>()
  for (const a of r.articles) {
    // `date?.`: a missing date is reported by the shape property below, not here
    for (const s of [a.title, a.subtitle, a.section, a.credit, a.continued, a.date?.evidence, a.dateline?.evidence]) tally(have, s)
    for (const b of a.bylines) {
      tally(have, b.role)
      tally(have, b.name)
    }
    for (const b of a.blocks) tally(have, b.text)
  }
  for (const e of r.report.entries) tally(have, e.text)
  return [...need].filter(([ch, n]) => (have.get(ch) ?? 0) < n).map(([ch, n]) => [ch, n - (have.get(ch) ?? 0)])
}

const ISO = /^\d{4}(-\d{2}(-\d{2})?)?$/
/**
 * What src/content.config.ts will refuse at build time: the fields it requires, in the
 * shapes it requires. The schema lets `date` be null (no date in the text to infer
 * from); SPEC section 3 says every source and article carries one — set
 * DATES_REQUIRED=1 to hold the ingest to the SPEC's wording instead.
 */
const DATES_NULLABLE = process.env['DATES_REQUIRED'] !== '1'
function shapeProblems(r: IngestedSource): string[] {
  const out: string[] = []
  const date = (where: string, d: unknown, nullable: boolean) => {
    if (d === null && nullable) return
    const o = d as { value?: unknown; end?: unknown; inferred?: unknown; evidence?: unknown } | null
    if (!o || typeof o !== 'object') return void out.push(`${where} is ${JSON.stringify(d)}, not a date object`)
    if (typeof o.value !== 'string' || !ISO.test(o.value)) out.push(`${where}.value ${JSON.stringify(o.value)}`)
    if (o.end !== null && (typeof o.end !== 'string' || !ISO.test(o.end))) out.push(`${where}.end ${JSON.stringify(o.end)}`)
    if (typeof o.inferred !== 'boolean') out.push(`${where}.inferred ${JSON.stringify(o.inferred)}`)
    if (typeof o.evidence !== 'string') out.push(`${where}.evidence ${JSON.stringify(o.evidence)}`)
  }
  date('source.date', r.source.date, DATES_NULLABLE)
  for (const a of r.articles) {
    const at = `article ${a.order} 「${a.title}」`
    if (!a.title || !a.title.trim()) out.push(`${at}: empty title`)
    date(`${at} date`, a.date, DATES_NULLABLE)
    date(`${at} dateline`, a.dateline, true)
    // a headline with only a byline or (下转…) on this page may have no blocks; anything else must have text
    if (a.blocks.length === 0 && a.bylines.length === 0 && a.continued === null) out.push(`${at}: no blocks`)
    for (const b of a.blocks) if (!b.text) out.push(`${at}: empty block ${b.id}`)
  }
  return out
}

const show = (ch: string) => (/[\p{L}\p{N}\p{P}\p{S}]/u.test(ch) ? ch : `U+${ch.codePointAt(0)!.toString(16).padStart(4, '0')}`)

describe('the real sources, unmutated', () => {
  for (const { file, text } of SOURCES) {
    it(`${file}: no character is lost`, () => {
      const r = ingestSource(file, Buffer.from(text, 'utf8'), curation)
      expect(missing(text, r).map(([c, n]) => `${show(c)}×${n}`)).toEqual([])
    })
  }
})

describe('the real sources, damaged at random', () => {
  it('ingestSource never throws on non-empty UTF-8 text', () => {
    fc.assert(
      fc.property(damaged, ({ file, text }) => {
        ingestSource(file, Buffer.from(text, 'utf8'), curation)
      }),
      settings,
    )
  })

  it('the result has the shape the content schema requires (dates, titles, blocks)', () => {
    fc.assert(
      fc.property(damaged, ({ file, text }) => {
        const problems = shapeProblems(ingestSource(file, Buffer.from(text, 'utf8'), curation))
        if (problems.length) throw new Error(`${file}: ${problems.join('; ')}`)
      }),
      settings,
    )
  })

  it('no character is lost: each is in an article field, a block, or a report entry', () => {
    fc.assert(
      fc.property(damaged, ({ file, text }) => {
        const r = ingestSource(file, Buffer.from(text, 'utf8'), curation)
        const lost = missing(text, r)
        if (lost.length) throw new Error(`${file}: lost ${lost.map(([c, n]) => `${show(c)}×${n}`).join(' ')}`)
      }),
      settings,
    )
  })
})
