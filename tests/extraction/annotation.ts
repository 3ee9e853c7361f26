// Hand annotations of what the news is about (SPEC section 2): the enterprises,
// projects, figures and events an editor reads in a document. Shared by the
// extraction tests and scripts/score-extraction.ts.
//
// Where they live:
//   tests/fixtures/extraction/<name>.txt + <name>.json   documents composed for the tests
//   tests/fixtures/extraction/real/<raw file stem>.json   the five sources in content/raw/
//
// Format (one JSON object per document):
// {
//   "document": "<file name of the raw text>",
//   "enterprises": [{ "name": fullest form in the text, "aliases": [every other form that
//                     occurs], "kind": "group" | "company" | "institute" | "park" | "market"
//                     | "government" | "other", "parent": name of the parent or null }],
//   "projects":    [{ "name", "aliases", "owner": enterprise name | null,
//                     "location": string | null, "status": string | null }],
//   "notEntities": [names an extractor might take for an enterprise or project but that
//                   are not (campaigns, slogans, brands of a party-building drive, places)],
//   "metrics":     [{ "written": value and unit exactly as printed ("773.95亿元", "22%",
//                     "5000万台"), "context": a short exact substring of ONE raw line that
//                     holds the figure (to tell apart two equal figures),
//                     "normalized": { "value": number, "unit": base unit },
//                     "qualifier": "exact" | "approx" | "nearly" | "more-than" | "at-least" | "up-to",
//                     "label": the indicator (交易额) or null, "subject": entity name or free
//                     text or null, "period": as written or null, "periodDate": ISO or null }],
//   "notMetrics":  [{ "written", "context" }]   digit strings that are not metrics
//                     (years, dates, ordinals, numbers in names, weather)
//   "events":      [{ "date": "YYYY-MM-DD" | "YYYY-MM", "end": ISO | null, "context": a
//                     short exact substring of ONE raw line that holds the date,
//                     "title": a short title, "type": a word (opening, meeting …),
//                     "participants": [entity names] }]
// }
//
// Matching, as scored: an annotated entity is found when some extracted entity of the
// same collection has its name or an alias among the annotated name and aliases; it is
// split when two or more are. A metric is found when an extracted metric has the same
// value+unit as written and its quote contains the context (or the context contains the
// quote's figure span). An event is found when an extracted event's quote contains the
// context; its date is right when value and end are equal.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

export type EnterpriseKind = 'group' | 'company' | 'institute' | 'park' | 'market' | 'government' | 'other'
export type Qualifier = 'exact' | 'approx' | 'nearly' | 'more-than' | 'at-least' | 'up-to'

export interface AnnotatedEnterprise {
  name: string
  aliases: string[]
  kind: EnterpriseKind
  parent: string | null
}

export interface AnnotatedProject {
  name: string
  aliases: string[]
  owner: string | null
  location: string | null
  status: string | null
}

export interface AnnotatedMetric {
  written: string
  context: string
  normalized: { value: number; unit: string }
  qualifier: Qualifier
  label: string | null
  subject: string | null
  period: string | null
  periodDate: string | null
}

export interface AnnotatedEvent {
  date: string
  end: string | null
  context: string
  title: string
  type: string
  participants: string[]
}

export interface ExtractionAnnotation {
  document: string
  enterprises: AnnotatedEnterprise[]
  projects: AnnotatedProject[]
  notEntities: string[]
  metrics: AnnotatedMetric[]
  notMetrics: { written: string; context: string }[]
  events: AnnotatedEvent[]
}

export const EXTRACTION_FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'extraction')
export const REAL_ANNOTATIONS = join(EXTRACTION_FIXTURES, 'real')

export interface AnnotatedDocument {
  /** `composed/<name>` or `real/<stem>` */
  name: string
  /** the raw text's path */
  path: string
  annotation: ExtractionAnnotation
}

/** Every annotated document: the composed ones, then the real sources. */
export function annotatedDocuments(rawDir = join(import.meta.dirname, '..', '..', 'content', 'raw')): AnnotatedDocument[] {
  const out: AnnotatedDocument[] = []
  const read = (p: string) => JSON.parse(readFileSync(p, 'utf8')) as ExtractionAnnotation
  if (existsSync(EXTRACTION_FIXTURES)) {
    for (const f of readdirSync(EXTRACTION_FIXTURES).filter((f) => f.endsWith('.json')).sort()) {
      const annotation = read(join(EXTRACTION_FIXTURES, f))
      out.push({ name: `composed/${f.replace(/\.json$/, '')}`, path: join(EXTRACTION_FIXTURES, annotation.document), annotation })
    }
  }
  if (existsSync(REAL_ANNOTATIONS)) {
    for (const f of readdirSync(REAL_ANNOTATIONS).filter((f) => f.endsWith('.json')).sort()) {
      const annotation = read(join(REAL_ANNOTATIONS, f))
      out.push({ name: `real/${f.replace(/\.json$/, '')}`, path: join(rawDir, annotation.document), annotation })
    }
  }
  return out
}
