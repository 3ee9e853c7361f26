// How the extraction scores against the hand annotations (tests/extraction/annotation.ts):
// precision and recall of enterprises, projects, figures and events, how many
// organisations end up split over two entries, and whether figures carry the right
// normalised value and qualifier and events the right date. Each document is ingested
// and extracted on its own, as its annotation reads it.
import { readFileSync } from 'node:fs'
import { basename } from 'node:path'
import type { Curation } from '../../scripts/ingest/curation.ts'
import { extractArchive } from '../../scripts/ingest/extract/resolve.ts'
import type { Extraction } from '../../scripts/ingest/extract/model.ts'
import { ingestSource } from '../../scripts/ingest/pipeline.ts'
import type { AnnotatedDocument, ExtractionAnnotation } from './annotation.ts'

export interface Tally {
  gold: number
  predicted: number
  truePositives: number
}

export interface DocumentScore {
  name: string
  enterprises: Tally & { split: string[]; missed: string[]; spurious: string[] }
  projects: Tally & { split: string[]; missed: string[]; spurious: string[] }
  metrics: Tally & { normalizedRight: number; qualifierRight: number; missed: string[]; spurious: string[]; wrong: string[] }
  events: Tally & { dateRight: number; missed: string[]; wrongDate: string[] }
}

export const precision = (t: Tally) => (t.predicted ? t.truePositives / t.predicted : 1)
export const recall = (t: Tally) => (t.gold ? t.truePositives / t.gold : 1)

/** Ingest and extract one annotated document on its own. */
export function extractDocument(doc: AnnotatedDocument, curation: Curation): Extraction {
  const ingested = ingestSource(basename(doc.path), readFileSync(doc.path), curation)
  return extractArchive(ingested.articles, curation)
}

function scoreEntities(gold: { name: string; aliases: string[] }[], predicted: { name: string; aliases: string[] }[], notEntities: string[]) {
  const names = (e: { name: string; aliases: string[] }) => new Set([e.name, ...e.aliases])
  const split: string[] = []
  const missed: string[] = []
  const matchedPredicted = new Set<number>()
  let found = 0
  for (const g of gold) {
    const gn = names(g)
    const hits = predicted.map((p, i) => ({ p, i })).filter(({ p }) => [...names(p)].some((n) => gn.has(n)))
    if (hits.length) found++
    else missed.push(g.name)
    if (hits.length > 1) split.push(`${g.name}: ${hits.map((h) => h.p.name).join(' | ')}`)
    for (const h of hits) matchedPredicted.add(h.i)
  }
  const spurious = predicted.filter((_, i) => !matchedPredicted.has(i)).map((p) => p.name + (notEntities.includes(p.name) ? ' (annotated as not an entity)' : ''))
  return { gold: gold.length, predicted: predicted.length, truePositives: found, split, missed, spurious, matchedPredicted: matchedPredicted.size }
}

const spaces = (t: string) => t.replace(/[\s\u3000]+/g, ' ')

export function scoreDocument(name: string, a: ExtractionAnnotation, x: Extraction): DocumentScore {
  // Government bodies may be kept out or marked as such: they count neither way.
  const govNames = new Set(a.enterprises.filter((e) => e.kind === 'government').flatMap((e) => [e.name, ...e.aliases]))
  const goldEnterprises = a.enterprises.filter((e) => e.kind !== 'government')
  const predictedEnterprises = x.enterprises.filter((e) => e.kind !== 'government' && ![e.name, ...e.aliases].some((n) => govNames.has(n)))
  const ent = scoreEntities(goldEnterprises, predictedEnterprises, a.notEntities)
  const proj = scoreEntities(a.projects, x.projects, a.notEntities)

  // Figures: same figure as written, in the sentence the annotation points at.
  const usedMetric = new Set<number>()
  let mTp = 0
  let normalizedRight = 0
  let qualifierRight = 0
  const mMissed: string[] = []
  const wrong: string[] = []
  const near = (context: string, written: string) => {
    const at = context.indexOf(written)
    return at < 0 ? context : context.slice(Math.max(0, at - 4), at + written.length + 2)
  }
  for (const g of a.metrics) {
    const i = x.metrics.findIndex((p, i) => !usedMetric.has(i) && p.written === g.written && (spaces(p.quote).includes(spaces(g.context)) || spaces(p.quote).includes(spaces(near(g.context, g.written)))))
    if (i < 0) {
      mMissed.push(`${g.written} 「${g.context}」`)
      continue
    }
    usedMetric.add(i)
    mTp++
    const p = x.metrics[i]!
    const sameValue = Math.abs(p.normalized.value - g.normalized.value) <= Math.abs(g.normalized.value) * 1e-9 + 1e-9 && p.normalized.unit === g.normalized.unit
    if (sameValue) normalizedRight++
    if (p.qualifier === g.qualifier) qualifierRight++
    if (!sameValue || p.qualifier !== g.qualifier) wrong.push(`${g.written}: ${p.normalized.value} ${p.normalized.unit} ${p.qualifier} (annotated ${g.normalized.value} ${g.normalized.unit} ${g.qualifier})`)
  }
  const mSpurious = x.metrics.filter((_, i) => !usedMetric.has(i)).map((p) => `${p.written} 「${p.quote.slice(0, 30)}」`)

  // Events: one extracted event whose sentence holds the annotated date expression.
  const usedEvent = new Set<number>()
  let eTp = 0
  let dateRight = 0
  const eMissed: string[] = []
  const wrongDate: string[] = []
  for (const g of a.events) {
    // a context may reach back over a headline printed on the same raw line (媒体关注 10月29日…)
    const from = g.context.search(/\d|今年|去年|同年|当年|昨天|昨日|前天/)
    // the ingest prints an ideographic space of the layout (9月26日　经…) as a plain one
    const context = spaces(from > 0 ? g.context.slice(from) : g.context)
    const holds = (p: { quote: string }) => spaces(p.quote).includes(context)
    const i = x.events.findIndex((p, i) => !usedEvent.has(i) && holds(p) && (p.date.value === g.date || !x.events.some((q, j) => j !== i && !usedEvent.has(j) && holds(q) && q.date.value === g.date)))
    if (i < 0) {
      eMissed.push(`${g.date} 「${g.context}」`)
      continue
    }
    usedEvent.add(i)
    eTp++
    const p = x.events[i]!
    if (p.date.value === g.date && (p.date.end ?? null) === (g.end ?? null)) dateRight++
    else wrongDate.push(`${p.date.value}${p.date.end ? '/' + p.date.end : ''} for ${g.date}${g.end ? '/' + g.end : ''} 「${g.context}」`)
  }

  return {
    name,
    enterprises: { gold: ent.gold, predicted: ent.predicted, truePositives: ent.truePositives, split: ent.split, missed: ent.missed, spurious: ent.spurious },
    projects: { gold: proj.gold, predicted: proj.predicted, truePositives: proj.truePositives, split: proj.split, missed: proj.missed, spurious: proj.spurious },
    metrics: { gold: a.metrics.length, predicted: x.metrics.length, truePositives: mTp, normalizedRight, qualifierRight, missed: mMissed, spurious: mSpurious, wrong },
    events: { gold: a.events.length, predicted: x.events.length, truePositives: eTp, dateRight, missed: eMissed, wrongDate },
  }
}

/** Entity precision counts extracted entries that match an annotated one. */
export function entityPrecision(t: { predicted: number; spurious: string[] }) {
  return t.predicted ? (t.predicted - t.spurious.length) / t.predicted : 1
}

export function total(scores: DocumentScore[]) {
  const sum = <K extends keyof DocumentScore>(k: K, f: string) => scores.reduce((n, s) => n + ((s[k] as unknown as Record<string, number>)[f] ?? 0), 0)
  const list = <K extends keyof DocumentScore>(k: K, f: string) => scores.flatMap((s) => (s[k] as unknown as Record<string, string[]>)[f] ?? [])
  return {
    enterprises: { gold: sum('enterprises', 'gold'), predicted: sum('enterprises', 'predicted'), truePositives: sum('enterprises', 'truePositives'), spurious: list('enterprises', 'spurious'), split: list('enterprises', 'split') },
    projects: { gold: sum('projects', 'gold'), predicted: sum('projects', 'predicted'), truePositives: sum('projects', 'truePositives'), spurious: list('projects', 'spurious'), split: list('projects', 'split') },
    metrics: { gold: sum('metrics', 'gold'), predicted: sum('metrics', 'predicted'), truePositives: sum('metrics', 'truePositives'), normalizedRight: sum('metrics', 'normalizedRight'), qualifierRight: sum('metrics', 'qualifierRight') },
    events: { gold: sum('events', 'gold'), predicted: sum('events', 'predicted'), truePositives: sum('events', 'truePositives'), dateRight: sum('events', 'dateRight') },
  }
}
