// The extraction against every hand-annotated document (composed and real), scored as
// scripts/score-extraction.ts prints it. The floors are where the extraction stands
// today: a change that loses ground fails here, one that gains should raise them.
import { beforeAll, describe, expect, it } from 'vitest'
import { loadCuration } from '../../scripts/ingest/curation.ts'
import { annotatedDocuments } from './annotation.ts'
import { extractDocument, recall, scoreDocument, total, type DocumentScore } from './score.ts'

let scores: DocumentScore[]
beforeAll(() => {
  const curation = loadCuration()
  scores = annotatedDocuments().map((d) => scoreDocument(d.name, d.annotation, extractDocument(d, curation)))
})

describe('extraction against the annotations', () => {
  it('covers at least three composed documents and the five real sources', () => {
    expect(scores.filter((s) => s.name.startsWith('composed/')).length).toBeGreaterThanOrEqual(3)
    expect(scores.filter((s) => s.name.startsWith('real/')).length).toBe(5)
  })

  it('figures: recall and precision ≥ 0.95, normalised value and qualifier right ≥ 0.97 of those found', () => {
    const t = total(scores).metrics
    expect(recall(t)).toBeGreaterThanOrEqual(0.95)
    expect(t.truePositives / t.predicted).toBeGreaterThanOrEqual(0.95)
    expect(t.normalizedRight / t.truePositives).toBeGreaterThanOrEqual(0.97)
    expect(t.qualifierRight / t.truePositives).toBeGreaterThanOrEqual(0.97)
  })

  it('events: recall ≥ 0.95, exact date ≥ 0.95 of those found', () => {
    const t = total(scores).events
    expect(recall(t)).toBeGreaterThanOrEqual(0.95)
    expect(t.dateRight / t.truePositives).toBeGreaterThanOrEqual(0.95)
  })

  it('enterprises and projects: no lower than today (enterprises P ≥ 0.95, R ≥ 0.92; projects P and R ≥ 0.92), no organisation split in two', () => {
    const t = total(scores)
    const p = (x: { predicted: number; spurious: string[] }) => (x.predicted - x.spurious.length) / x.predicted
    expect(recall(t.enterprises)).toBeGreaterThanOrEqual(0.92)
    expect(p(t.enterprises)).toBeGreaterThanOrEqual(0.95)
    expect(recall(t.projects)).toBeGreaterThanOrEqual(0.92)
    expect(p(t.projects)).toBeGreaterThanOrEqual(0.92)
    expect([...t.enterprises.split, ...t.projects.split]).toEqual([])
  })
})
