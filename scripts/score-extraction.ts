// node scripts/score-extraction.ts [--details]
// How the extraction scores against the hand-annotated documents: the composed ones
// in tests/fixtures/extraction/ and the five real sources (…/extraction/real/).
import { loadCuration } from './ingest/curation.ts'
import { annotatedDocuments } from '../tests/extraction/annotation.ts'
import { entityPrecision, extractDocument, precision, recall, scoreDocument, total, type DocumentScore } from '../tests/extraction/score.ts'

const details = process.argv.includes('--details')
const curation = loadCuration()
const pct = (x: number) => `${Math.round(x * 100)}`.padStart(3)
const scores: DocumentScore[] = []
console.log('document                              ent P/R  split  proj P/R  split  fig P/R  norm qual  ev R  date')
for (const doc of annotatedDocuments()) {
  const s = scoreDocument(doc.name, doc.annotation, extractDocument(doc, curation))
  scores.push(s)
  const m = s.metrics
  console.log(
    `${doc.name.padEnd(36)} ${pct(entityPrecision(s.enterprises))}/${pct(recall(s.enterprises))}  ${String(s.enterprises.split.length).padStart(4)}  ${pct(entityPrecision(s.projects))}/${pct(recall(s.projects))}  ${String(s.projects.split.length).padStart(4)}  ${pct(precision(m))}/${pct(recall(m))}  ${pct(m.truePositives ? m.normalizedRight / m.truePositives : 1)} ${pct(m.truePositives ? m.qualifierRight / m.truePositives : 1)}  ${pct(recall(s.events))}  ${pct(s.events.truePositives ? s.events.dateRight / s.events.truePositives : 1)}`,
  )
  if (details) {
    const show = (label: string, xs: string[]) => xs.length && console.log(`    ${label}: ${xs.join('；')}`)
    show('enterprises missed', s.enterprises.missed)
    show('enterprises spurious', s.enterprises.spurious)
    show('enterprises split', s.enterprises.split)
    show('projects missed', s.projects.missed)
    show('projects spurious', s.projects.spurious)
    show('projects split', s.projects.split)
    show('figures missed', s.metrics.missed)
    show('figures spurious', s.metrics.spurious)
    show('figures wrong', s.metrics.wrong)
    show('events missed', s.events.missed)
    show('events wrong date', s.events.wrongDate)
  }
}
const t = total(scores)
const ep = (x: { predicted: number; spurious: string[] }) => (x.predicted ? (x.predicted - x.spurious.length) / x.predicted : 1)
console.log(
  `${'all'.padEnd(36)} ${pct(ep(t.enterprises))}/${pct(recall(t.enterprises))}  ${String(t.enterprises.split.length).padStart(4)}  ${pct(ep(t.projects))}/${pct(recall(t.projects))}  ${String(t.projects.split.length).padStart(4)}  ${pct(precision(t.metrics))}/${pct(recall(t.metrics))}  ${pct(t.metrics.normalizedRight / Math.max(1, t.metrics.truePositives))} ${pct(t.metrics.qualifierRight / Math.max(1, t.metrics.truePositives))}  ${pct(recall(t.events))}  ${pct(t.events.dateRight / Math.max(1, t.events.truePositives))}`,
)
