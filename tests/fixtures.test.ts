// The ingest against hand-annotated documents it has never seen (tests/fixtures/):
// new front pages, a newsletter, a feature and a magazine piece written in the layouts
// of content/raw/ and with the same defects, annotated by reading them (see
// tests/annotation.ts for the format). Each expectation is its own test, so a run
// lists exactly which story and which field the ingest gets wrong.
import { beforeAll, describe, expect, it } from 'vitest'
import { loadCuration } from '../scripts/ingest/curation.ts'
import type { Curation } from '../scripts/ingest/curation.ts'
import type { Article, IngestedSource } from '../scripts/ingest/model.ts'
import { ingestSource } from '../scripts/ingest/pipeline.ts'
import { blockLine, datelineOf, dropFound, FIXTURES, joinFound, loadFixture, matchStories, norm, outline } from './annotation.ts'

let curation: Curation
beforeAll(() => {
  curation = loadCuration()
})

for (const name of FIXTURES) {
  const fx = loadFixture(name)
  const exp = fx.expected
  const rawLines = fx.bytes.toString('utf8').split(/\r?\n/)
  const raw = (n: number) => JSON.stringify((rawLines[n - 1] ?? '').slice(0, 40))

  const misses = new Set((exp.knownMisses ?? []).map((m) => m.check))
  /** A check the annotation lists as a known miss runs as an expected failure. */
  const check = (key: string) => (misses.has(key) ? it.fails : it)

  describe(fx.file, () => {
    let result: IngestedSource | undefined
    let failure: unknown
    let matched: (Article | null)[] = []
    beforeAll(() => {
      try {
        result = ingestSource(fx.file, fx.bytes, curation)
        matched = matchStories(exp.stories, result.articles)
      } catch (err) {
        failure = err
      }
    })
    const got = (): IngestedSource => {
      if (!result) throw new Error(`ingestSource threw on ${fx.file}: ${(failure as Error)?.stack ?? failure}`)
      return result
    }

    it('ingests without throwing', () => {
      got()
    })

    it(`layout is ${exp.layout}`, () => {
      expect(got().source.kind, `${fx.file}: layout`).toBe(exp.layout)
    })

    it(`publication is ${exp.publication ?? 'null'}`, () => {
      expect(got().source.publication, `${fx.file}: publication`).toBe(exp.publication)
    })

    it(`publication date is ${exp.date.value} (inferred: ${exp.date.inferred})`, () => {
      const d = got().source.date
      expect(d && { value: d.value, inferred: d.inferred }, `${fx.file}: source date (evidence: ${JSON.stringify(d?.evidence ?? null)})`).toEqual(exp.date)
    })

    it(`has ${exp.stories.length} stories`, () => {
      const r = got()
      expect(
        r.articles.length,
        `${fx.file}: expected ${exp.stories.length} stories:\n${exp.stories.map((s, i) => `  ${i + 1}. [${s.kind}] ${s.title}`).join('\n')}\ngot:\n${outline(r)}\n`,
      ).toBe(exp.stories.length)
    })

    it('stories come in printed order', () => {
      const order = matched.map((a) => (a ? a.order : null)).filter((o): o is number => o !== null)
      expect(order, `${fx.file}: order of the matched articles`).toEqual([...order].sort((a, b) => a - b))
    })

    exp.stories.forEach((s, i) => {
      describe(`story ${i + 1} 「${s.title}」 (line ${s.start})`, () => {
        const article = (): Article => {
          const r = got()
          const a = matched[i]
          if (!a) throw new Error(`${fx.file}: no article corresponds to story ${i + 1} 「${s.title}」 (raw line ${s.start}: ${raw(s.start)}); the ingest made:\n${outline(r)}`)
          return a
        }
        const where = () => `${fx.file} story ${i + 1} 「${s.title}」 → article ${article().order} 「${article().title}」`

        it('is found', () => {
          article()
        })
        it('title', () => {
          expect(norm(article().title), `${where()}: title`).toBe(norm(s.title))
        })
        it(`subtitle: ${s.subtitle ?? 'null'}`, () => {
          expect(norm(article().subtitle), `${where()}: subtitle`).toBe(norm(s.subtitle))
        })
        it(`kind: ${s.kind}`, () => {
          expect(article().kind, `${where()}: kind`).toBe(s.kind)
        })
        it(`section: ${s.section ?? 'null'}`, () => {
          expect(norm(article().section), `${where()}: section`).toBe(norm(s.section))
        })
        it(`bylines: ${s.bylines.map((b) => `${b.role} ${b.name}`).join(', ') || 'none'}`, () => {
          expect(
            article().bylines.map((b) => ({ role: norm(b.role), name: norm(b.name) })),
            `${where()}: bylines`,
          ).toEqual(s.bylines)
        })
        it(`credit: ${s.credit ?? 'null'}`, () => {
          expect(norm(article().credit), `${where()}: credit`).toBe(norm(s.credit))
        })
        it(`continued: ${s.continued ?? 'null'}`, () => {
          expect(norm(article().continued), `${where()}: continuation note`).toBe(norm(s.continued))
        })
        it(`dateline: ${s.dateline ? `${s.dateline.value}${s.dateline.end ? `/${s.dateline.end}` : ''}` : 'null'}`, () => {
          const a = article()
          expect(datelineOf(a), `${where()}: dateline (evidence: ${JSON.stringify(a.dateline?.evidence ?? null)})`).toEqual(s.dateline)
        })
        check(`story ${i + 1} blocks`)(`blocks (${s.blocks.length})`, () => {
          expect(article().blocks.map(blockLine), `${where()}: blocks as "type: text"`).toEqual(s.blocks.map(blockLine))
        })
      })
    })

    for (const [a, b] of exp.joins) {
      check(`join: lines ${a} + ${b}`)(`join: lines ${a} + ${b} (${raw(a)} … ${raw(b)})`, () => {
        const joins = got().report.entries.filter((e) => e.action === 'join')
        expect(
          joinFound(got().report.entries, [a, b]),
          `${fx.file}: no 'join' report entry covers lines ${a} and ${b}; joins reported: ${JSON.stringify(joins.map((e) => e.lines))}`,
        ).toBeDefined()
      })
    }

    for (const line of exp.drops) {
      it(`drop: line ${line} (${raw(line)})`, () => {
        const drops = got().report.entries.filter((e) => e.action === 'drop')
        expect(
          dropFound(got().report.entries, line),
          `${fx.file}: line ${line} is not reported as dropped; drops reported: ${JSON.stringify(drops.map((e) => e.lines))}`,
        ).toBeDefined()
      })
      it(`dropped line ${line} is not in any article body`, () => {
        const text = norm(rawLines[line - 1])!
        // A verbatim repeat's text legitimately appears once (the first copy): it must not appear twice.
        const copies = got().articles.flatMap((a) => a.blocks).filter((b) => norm(b.text) === text).length
        const firstCopyKept = rawLines.slice(0, line - 1).some((l) => norm(l) === text)
        expect(copies, `${fx.file}: line ${line} (${raw(line)}) appears ${copies} time(s) as a block`).toBe(firstCopyKept ? 1 : 0)
      })
    }
  })
}
