// Hand annotations of the fixtures in tests/fixtures/ (<name>.txt + <name>.expected.json),
// and how an ingested source is lined up against them. Shared by tests/fixtures.test.ts
// and scripts/score-ingest.ts.
//
// Annotation format (one JSON object per fixture):
//   layout, publication, date: { value, inferred },
//   stories: [{ start, title, subtitle, section, kind, bylines: [{ role, name }], credit,
//               continued, dateline: { value, end } | null, blocks: [{ type, text }] }],
//   joins: [[lineA, lineB]]  raw line pairs that must be rejoined,
//   drops: [line]            raw lines (verbatim repeats, stray text) that must be reported as dropped.
// `start` (the story's first raw line: its headline, photo title, box title or brief line)
// is an addition to the brief's format; it is used for the story-boundary score.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Article, IngestedSource, ReportEntry } from '../scripts/ingest/model.ts'

export const FIXTURE_DIR = join(import.meta.dirname, 'fixtures')
/** Every composed document that has a hand annotation beside it. */
export const FIXTURES: string[] = readdirSync(join(import.meta.dirname, 'fixtures'))
  .filter((f) => f.endsWith('.expected.json'))
  .map((f) => f.replace(/\.expected\.json$/, ''))
  .sort()

export interface ExpectedStory {
  start: number
  title: string
  subtitle: string | null
  section: string | null
  kind: 'story' | 'brief' | 'photo' | 'box'
  bylines: { role: string; name: string }[]
  credit: string | null
  continued: string | null
  dateline: { value: string; end: string | null } | null
  blocks: { type: 'paragraph' | 'heading' | 'caption' | 'quote' | 'note'; text: string }[]
}

export interface Expected {
  layout: 'front-page' | 'newsletter' | 'feature' | 'magazine'
  publication: string | null
  date: { value: string; inferred: boolean }
  stories: ExpectedStory[]
  joins: [number, number][]
  drops: number[]
  /**
   * Checks the ingest is known to fail on this document, each named as its test is
   * (`join: lines 67 + 68`, `story 9 blocks`), with why. They run as expected
   * failures, so a fix shows up as a test to update rather than passing unnoticed.
   */
  knownMisses?: { check: string; why: string }[]
}

export interface Fixture {
  name: string
  file: string
  bytes: Buffer
  expected: Expected
}

export function loadFixture(name: string): Fixture {
  const file = `${name}.txt`
  return {
    name,
    file,
    bytes: readFileSync(join(FIXTURE_DIR, file)),
    expected: JSON.parse(readFileSync(join(FIXTURE_DIR, `${name}.expected.json`), 'utf8')) as Expected,
  }
}

/** Whitespace is layout, not text: compare with runs collapsed and ends trimmed. */
export const norm = (s: string | null | undefined): string | null => (s == null ? null : s.replace(/\s+/g, ' ').trim())

/**
 * For each annotated story, the ingested article it corresponds to (or null): first by
 * title, then by first raw line, then by position among the articles still unclaimed.
 * Each article is claimed at most once.
 */
export function matchStories(expected: ExpectedStory[], articles: Article[]): (Article | null)[] {
  const used = new Set<Article>()
  const out: (Article | null)[] = expected.map(() => null)
  const claim = (i: number, a: Article | undefined) => {
    if (a && !used.has(a) && out[i] === null) {
      out[i] = a
      used.add(a)
    }
  }
  expected.forEach((s, i) => claim(i, articles.find((a) => !used.has(a) && norm(a.title) === norm(s.title))))
  expected.forEach((s, i) => claim(i, articles.find((a) => !used.has(a) && a.lines[0] === s.start)))
  expected.forEach((_, i) => claim(i, articles[i]))
  return out
}

export const joinFound = (entries: ReportEntry[], [a, b]: [number, number]): ReportEntry | undefined =>
  entries.find((e) => e.action === 'join' && e.lines.includes(a) && e.lines.includes(b))

export const dropFound = (entries: ReportEntry[], line: number): ReportEntry | undefined =>
  entries.find((e) => e.action === 'drop' && e.lines.includes(line))

export const datelineOf = (a: Article): { value: string; end: string | null } | null =>
  a.dateline ? { value: a.dateline.value, end: a.dateline.end ?? null } : null

export const blockLine = (b: { type: string; text: string }): string => `${b.type}: ${norm(b.text)}`

/** Articles of a result, in order, as one short line each (for failure messages). */
export const outline = (r: IngestedSource): string =>
  r.articles.map((a, i) => `  ${i + 1}. [${a.kind}] ${a.title} (lines ${a.lines.join('–')})`).join('\n')
